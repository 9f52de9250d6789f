package io.followthrough.termlyreview;

import io.followthrough.plan.action.Rag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record TermlyReviewJson(long id, long planId, String planTitle, long termId, String termName,
                               LocalDate meetingDate, String body, long chairId, String chairName, List<Long> memberIds,
                               List<String> memberNames, TermlyReviewState state, int versionNumber, Long amendsId,
                               String amendmentReason, Instant signedOffAt, String signedOffBy,
                               List<EntryJson> entries) {

    public record EntryJson(long actionId, Rag agreedRag, String comment, String decision, String decisionOwner,
                            String recordedBy, long version, ActionSnapshot snapshot) {
    }
}
