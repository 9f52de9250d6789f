package io.followthrough.plan.datechange;

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
