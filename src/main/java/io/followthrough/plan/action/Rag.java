package io.followthrough.plan.action;

/**
 * How confident we are that an action will deliver its success criteria by its target date. Always shown as text as
 * well as colour; completion is a status, never a RAG colour.
 */
public enum Rag {
    NOT_YET_RATED("Not yet rated", "grey", 0),
    GREEN("Green", "green", 1),
    AMBER("Amber", "yellow", 2),
    RED("Red", "red", 3);

    private final String label;
    private final String tagColour;
    private final int severity;

    Rag(String label, String tagColour, int severity) {
        this.label = label;
        this.tagColour = tagColour;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag modifier that shows this rating. */
    public String tagColour() {
        return tagColour;
    }

    /** The class of the printed documents' RAG tag (document.css). */
    public String pdfClass() {
        return switch (this) {
            case RED -> "red";
            case AMBER -> "amber";
            case GREEN -> "green";
            case NOT_YET_RATED -> "none";
        };
    }

    public int severity() {
        return severity;
    }

    /** Red and Amber always carry a written reason and mitigation. */
    public boolean requiresReason() {
        return this == RED || this == AMBER;
    }
}
