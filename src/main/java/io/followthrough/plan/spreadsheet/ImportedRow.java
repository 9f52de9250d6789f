package io.followthrough.plan.spreadsheet;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;

import java.time.LocalDate;
import java.util.List;

/**
 * A spreadsheet row read and checked against the plan; {@code actionId} is null for a new action, and
 * {@code findingIds} are the areas for consideration named in its Finding column.
 */
public record ImportedRow(int row, String reference, Long actionId, String title, Long themeId, List<Long> findingIds, Long leadId,
                          List<Long> partnerIds, LocalDate startDate, LocalDate targetDate, String successCriteria,
                          ActionStatus status, Rag rag, String ragReason, String newUpdate) {
}
