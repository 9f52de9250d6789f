package io.followthrough.plan.action;

import java.time.Instant;
import java.util.List;

public record ProgressUpdateJson(long id, long actionId, String authorName, Instant createdAt, String narrative,
                                 ActionStatus status, Rag rag, String reason, String impact,
                                 List<String> evidenceLinks, Long correctsId) {

    public static ProgressUpdateJson of(ProgressUpdate u) {
        return new ProgressUpdateJson(u.id, u.action.id, u.authorName, u.createdAt, u.narrative, u.status, u.rag,
                u.reason, u.impact, List.copyOf(u.evidenceLinks), u.corrects == null ? null : u.corrects.id);
    }
}
