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

    /** What the review proposes for the action that answers it, where it says (an audit's table does); else null. */
    public String priority;

    @Column(name = "proposed_owner")
    public String proposedOwner;

    @Column(name = "proposed_target_date")
    public LocalDate proposedTargetDate;

    public static List<Finding> byIds(Collection<Long> ids) {
        return list("from Finding f join fetch f.theme t join fetch t.review where f.id in ?1", ids);
    }

    public static List<Finding> ofReview(long reviewId) {
        return list("from Finding f join fetch f.theme t where t.review.id = ?1 order by t.position, f.position",
                reviewId);
    }
}
