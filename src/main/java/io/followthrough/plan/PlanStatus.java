package io.followthrough.plan;

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
