package io.followthrough.plan;

public enum PlanKind {
    REVIEW_ACTION_PLAN("Review action plan"),
    IMPROVEMENT_PLAN("Virtual School Improvement Plan");

    private final String label;

    PlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
