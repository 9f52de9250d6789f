package io.followthrough.review;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** One strength or one area for consideration, in the review's own words. */
@Entity
public class Finding extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingKind kind;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public int position;

    /** Set when the plan lead decides an area for consideration needs no action, and why. */
    @Column(name = "no_action_reason")
    public String noActionReason;

    /** What the review proposes for the action that answers it, where it says (an audit's table does); else null. */
    public String priority;

    @Column(name = "proposed_owner")
    public String proposedOwner;

    @Column(name = "proposed_target_date")
    public LocalDate proposedTargetDate;

    public static List<Finding> byIds(Collection<Long> ids) {
        return list("from Finding f join fetch f.theme t join fetch t.review where f.id in ?1", ids);
    }

    /** Areas for consideration of a plan's reviews with neither an action of the plan nor a reason for none. */
    public static long countUncovered(long planId) {
        return count("""
                from Finding f where f.kind = ?2 and f.noActionReason is null
                and f.theme.review.id in (select r.id from Plan p join p.reviews r where p.id = ?1)
                and not exists (select 1 from Action a join a.findings af where a.plan.id = ?1 and af = f)""",
                planId, FindingKind.AREA_FOR_CONSIDERATION);
    }

    public static List<String> uncoveredTexts(long planId) {
        return getEntityManager().createQuery("""
                select f.text from Finding f where f.kind = ?2 and f.noActionReason is null
                and f.theme.review.id in (select r.id from Plan p join p.reviews r where p.id = ?1)
                and not exists (select 1 from Action a join a.findings af where a.plan.id = ?1 and af = f)
                order by f.theme.position, f.position""", String.class)
                .setParameter(1, planId).setParameter(2, FindingKind.AREA_FOR_CONSIDERATION).getResultList();
    }

    public static List<Finding> ofReview(long reviewId) {
        return list("from Finding f join fetch f.theme t where t.review.id = ?1 order by t.position, f.position",
                reviewId);
    }
}
