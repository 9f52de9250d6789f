package io.followthrough.plan;

import io.quarkus.qute.TemplateEnum;

@TemplateEnum
public enum PlanStatus {
    DRAFT("Draft"),
    READY_FOR_ENDORSEMENT("Ready for endorsement");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
