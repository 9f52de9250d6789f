package io.followthrough.plan.action;

/** Orders of the plan table. */
public enum ActionSort {
    REFERENCE("Reference"),
    TARGET_DATE("Target date, soonest first"),
    RAG("RAG, Red first");

    private final String label;

    ActionSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
