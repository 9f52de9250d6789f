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

    /**
     * Whether the council has endorsed the plan: from then on it is public business, and councillors may read its
     * document. Every status answers, so a new one cannot be added without deciding.
     */
    public boolean isEndorsed() {
        return switch (this) {
            case DRAFT, READY_FOR_ENDORSEMENT -> false;
        };
    }
}
