package io.followthrough.plan.action;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action as the lists and the API read it: built by one query (Action.rowsOfPlan, Action.row), never an entity.
 * {@code previousRag} is the rating before the current one (Action.previousRatings); {@code matching} the number of actions
 * the query matched before paging.
 */
public record ActionRow(long id, long planId, String reference, String title, String description, Long themeId,
                        String themeNumber, long leadId, String leadName, String leadJobTitle, LocalDate startDate,
                        LocalDate targetDate, LocalDate originalTargetDate, String successCriteria,
                        ActionStatus status, Rag rag, String ragReason, long version, Instant withdrawnAt,
                        Long carriedToActionId, Long carriedFromActionId, Rag previousRag, long matching) {

    /** As {@link Action#isReprogrammed}. */
    public boolean isReprogrammed() {
        return originalTargetDate != null;
    }

    /** As {@link Action#isOverdueOn}. */
    public boolean isOverdueOn(LocalDate today) {
        return !status.isFinished() && carriedToActionId == null && targetDate.isBefore(today);
    }
}
