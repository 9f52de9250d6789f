package io.followthrough.plan.datechange;

import java.time.Instant;
import java.time.LocalDate;

public record DateChangeJson(long id, long actionId, LocalDate originalDate, LocalDate requestedDate, String reason,
                             String requestedBy, Instant requestedAt, DateChangeDecision decision,
                             String decisionComment, String decidedBy, Instant decidedAt) {

    public static DateChangeJson of(TargetDateChange c) {
        return new DateChangeJson(c.id, c.action.id, c.originalDate, c.requestedDate, c.reason, c.requestedByName,
                c.createdAt, c.decision, c.decisionComment, c.decidedByName, c.decidedAt);
    }
}
