package io.followthrough.plan.action;

import java.time.Instant;
import java.util.List;

public record ProgressUpdateJson(long id, long actionId, String authorName, Instant createdAt, String narrative,
                                 ActionStatus status, Rag rag, String reason, String impact,
                                 List<String> evidenceLinks, List<EvidenceJson> evidenceFiles, Long correctsId) {

    public static ProgressUpdateJson of(ProgressUpdate u, List<EvidenceFile> files) {
        return new ProgressUpdateJson(u.id, u.action.id, u.authorName, u.createdAt, u.narrative, u.status, u.rag,
                u.reason, u.impact, List.copyOf(u.evidenceLinks),
                files.stream().filter(f -> f.update.id.equals(u.id)).map(EvidenceJson::of).toList(),
                u.corrects == null ? null : u.corrects.id);
    }
}
