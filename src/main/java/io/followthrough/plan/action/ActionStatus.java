package io.followthrough.plan.action;

import io.quarkus.qute.TemplateEnum;

/** Where the work is. Separate from {@link Rag}, which says how confident we are that it will deliver. */
@TemplateEnum
public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete"),
    DEFERRED("Deferred"),
    ONGOING("Ongoing (business as usual)");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == COMPLETE;
    }
}
