package io.followthrough.plan;

import io.followthrough.plan.action.Rag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A plan with the counts a reader wants first: how many actions, and how many of each RAG rating. */
public record PlanJson(long id, String title, PlanKind kind, PlanStatus status, List<Long> reviewIds, long leadId, String leadName,
                       long actionCount, long completeCount, long overdueCount, Map<Rag, Long> ragCounts,
                       Endorsed endorsement, Closed closure) {

    /** The decision that endorsed the plan; null until it is endorsed. */
    public record Endorsed(String body, LocalDate meetingDate, String minuteReference, boolean minuteIsLink,
                           String resolution, long reportId, int reportVersion, String recordedBy,
                           Instant recordedAt) {

        static Endorsed of(Endorsement e) {
            return e == null ? null : new Endorsed(e.body, e.meetingDate, e.minuteReference, e.minuteIsLink(),
                    e.resolution, e.reportId, e.reportVersion, e.recordedBy, e.recordedAt);
        }

        /** The page of the published report version the body endorsed. */
        public String reportHref() {
            return "/reports/" + reportId + "/versions/" + reportVersion;
        }
    }

    /** How the plan was closed; null while it is open. */
    public record Closed(String statement, String closedBy, Instant closedAt) {

        static Closed of(Closure c) {
            return c == null ? null : new Closed(c.statement, c.closedBy, c.closedAt);
        }

        /** The statement's lines, as its author broke them. */
        public List<String> lines() {
            return statement.lines().toList();
        }
    }

    public boolean closed() {
        return status == PlanStatus.CLOSED;
    }
}
