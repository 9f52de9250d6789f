package io.followthrough.plan.action;

/**
 * The filters of the plan table and of {@code GET /api/plans/{id}/actions}; null means "any". {@code termId} keeps
 * actions whose target date falls in that term; {@code partnerId} those a partner leads (through its people) or
 * supports.
 */
public record ActionFilter(Long themeId, ActionStatus status, Rag rag, Long leadId, Boolean overdue, Long partnerId,
                           Long termId, Boolean reprogrammed, ActionSort sort) {

    public ActionFilter(Long themeId, ActionStatus status, Rag rag, Long leadId, Boolean overdue) {
        this(themeId, status, rag, leadId, overdue, null, null, null, null);
    }

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return themeId == null && status == null && rag == null && leadId == null && overdue == null
                && partnerId == null && termId == null && reprogrammed == null;
    }

    public ActionSort sortOrDefault() {
        return sort == null ? ActionSort.REFERENCE : sort;
    }
}
