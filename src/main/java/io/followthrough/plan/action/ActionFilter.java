package io.followthrough.plan.action;

/** The filters of the plan table and of {@code GET /api/plans/{id}/actions}; null means "any". */
public record ActionFilter(Long themeId, ActionStatus status, Rag rag, Long leadId, Boolean overdue) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return themeId == null && status == null && rag == null && leadId == null && overdue == null;
    }
}
