package io.followthrough.plan.coverage;

import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.platform.AuditedEntity;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A plan's decision that one area for consideration of a review it answers needs no action, and why. The decision
 * belongs to the plan: another plan answering the same review decides for itself (DOMAIN.md, "Finding").
 */
@Entity
@Table(name = "plan_coverage")
public class PlanCoverage extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "finding_id")
    public Finding finding;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public static List<PlanCoverage> ofPlan(long planId) {
        return list("plan.id = ?1", planId);
    }

    public static Optional<PlanCoverage> of(long planId, long findingId) {
        return find("plan.id = ?1 and finding.id = ?2", planId, findingId).firstResultOptional();
    }

    /** Areas for consideration of a plan's reviews with neither an action of the plan nor the plan's reason for none. */
    public static long countUncovered(long planId) {
        // A count query of its own rather than Panache's count(), which Hibernate translates again on every call.
        return getEntityManager().createQuery("select count(f) " + UNCOVERED, Long.class)
                .setParameter(1, planId).setParameter(2, FindingKind.AREA_FOR_CONSIDERATION).getSingleResult();
    }

    /** The texts of those areas, in the review's order. */
    public static List<String> uncoveredTexts(long planId) {
        return getEntityManager().createQuery("select f.text " + UNCOVERED + " order by f.theme.position, f.position",
                        String.class)
                .setParameter(1, planId).setParameter(2, FindingKind.AREA_FOR_CONSIDERATION).getResultList();
    }

    /** Areas of the plan's reviews answered neither by a live action of the plan nor by its "no action" decision. */
    private static final String UNCOVERED = """
            from Finding f where f.kind = ?2
            and f.theme.review.id in (select r.id from Plan p join p.reviews r where p.id = ?1)
            and not exists (select 1 from Action a join a.findings af where a.plan.id = ?1 and af = f and %s)
            and not exists (select 1 from PlanCoverage c where c.plan.id = ?1 and c.finding = f)"""
            .formatted(Action.live("a"));
}
