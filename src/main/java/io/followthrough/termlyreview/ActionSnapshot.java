package io.followthrough.termlyreview;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;

import java.time.LocalDate;
import java.util.List;

/** An action as it stood when its termly review was signed off. */
public record ActionSnapshot(long actionId, String reference, String title, String leadName, String leadJobTitle,
                             LocalDate targetDate, boolean reprogrammed, boolean overdue, ActionStatus status,
                             Rag proposedRag, String ragReason, String latestUpdate, LocalDate latestUpdateOn,
                             String description, String successCriteria, List<String> partners) {
}
