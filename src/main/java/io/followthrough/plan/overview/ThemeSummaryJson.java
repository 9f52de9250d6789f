package io.followthrough.plan.overview;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;

import java.util.Map;

/** RAG (of actions not complete) and status counts for one theme of a plan. */
public record ThemeSummaryJson(Long themeId, String heading, long actions, Map<Rag, Long> rag,
                               Map<ActionStatus, Long> status) {

    public long red() {
        return rag.get(Rag.RED);
    }

    public long amber() {
        return rag.get(Rag.AMBER);
    }

    public long green() {
        return rag.get(Rag.GREEN);
    }

    public long notYetRated() {
        return rag.get(Rag.NOT_YET_RATED);
    }

    public long notStarted() {
        return status.get(ActionStatus.NOT_STARTED);
    }

    public long inProgress() {
        return status.get(ActionStatus.IN_PROGRESS);
    }

    public long ongoing() {
        return status.get(ActionStatus.ONGOING);
    }

    public long deferred() {
        return status.get(ActionStatus.DEFERRED);
    }

    public long complete() {
        return status.get(ActionStatus.COMPLETE);
    }
}
