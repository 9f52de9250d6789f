package io.followthrough.report;

public enum ReportKind {
    ENDORSEMENT("Endorse review and action plan"),
    PROGRESS("Progress update"),
    CLOSING("Close the action plan");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
