package io.followthrough.plan.datechange;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Action;
import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A request to move an action's target date, with its reason, and the plan lead's decision. An action whose date
 * moved with approval is "reprogrammed", not late.
 */
@Entity
public class TargetDateChange extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Action action;

    @Column(name = "original_date", nullable = false)
    public LocalDate originalDate;

    @Column(name = "requested_date", nullable = false)
    public LocalDate requestedDate;

    @Column(nullable = false)
    public String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    public Person requestedBy;

    @Column(name = "requested_by_name", nullable = false)
    public String requestedByName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DateChangeDecision decision = DateChangeDecision.PENDING;

    @Column(name = "decision_comment")
    public String decisionComment;

    @ManyToOne(fetch = FetchType.LAZY)
    public Person decidedBy;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static List<TargetDateChange> ofAction(long actionId) {
        return list("action.id = ?1 order by createdAt desc, id desc", actionId);
    }

    public static Optional<TargetDateChange> pendingFor(long actionId) {
        return find("action.id = ?1 and decision = ?2", actionId, DateChangeDecision.PENDING).firstResultOptional();
    }

    public static List<TargetDateChange> approvedInPlan(long planId) {
        return list("from TargetDateChange c join fetch c.action a where a.plan.id = ?1 and c.decision = ?2 "
                + "order by a.reference, c.decidedAt", planId, DateChangeDecision.APPROVED);
    }

    public static List<TargetDateChange> pendingInPlan(long planId) {
        return list("from TargetDateChange c join fetch c.action a where a.plan.id = ?1 and c.decision = ?2 "
                + "order by c.createdAt", planId, DateChangeDecision.PENDING);
    }
}
