package io.followthrough.plan;

import io.quarkus.qute.TemplateEnum;

/**
 * Where a plan is in its life: drafted, ready for endorsement once every area is answered, endorsed once the body's
 * decision is recorded, closed with a closing statement. {@link Plan} holds the rules for moving between them.
 */
@TemplateEnum
public enum PlanStatus {
    DRAFT("Draft", "govuk-tag--grey"),
    READY_FOR_ENDORSEMENT("Ready for endorsement", "govuk-tag--yellow"),
    ENDORSED("Endorsed", "govuk-tag--green"),
    CLOSED("Closed", "govuk-tag--blue");

    private final String label;
    private final String tagClass;

    PlanStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour pages show the status in. */
    public String tagClass() {
        return tagClass;
    }

    /**
     * Whether the council has endorsed the plan: from then on it is public business, and councillors may read its
     * document. Every status answers, so a new one cannot be added without deciding.
     */
    public boolean isEndorsed() {
        return switch (this) {
            case DRAFT, READY_FOR_ENDORSEMENT -> false;
            case ENDORSED, CLOSED -> true;
        };
    }
}
