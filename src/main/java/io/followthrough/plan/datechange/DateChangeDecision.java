package io.followthrough.plan.datechange;

import io.quarkus.qute.TemplateEnum;

@TemplateEnum
public enum DateChangeDecision {
    PENDING("Awaiting decision"),
    APPROVED("Approved"),
    REFUSED("Refused");

    private final String label;

    DateChangeDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
