package io.followthrough.termlyreview;

import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the meeting agreed about one action: its RAG, the SLT's challenge or comment, and any decision. */
@Entity
public class TermlyReviewEntry extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public TermlyReview review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreed_rag")
    public Rag agreedRag;

    public String comment;

    public String decision;

    @Column(name = "decision_owner")
    public String decisionOwner;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The action as it stood at sign-off, as JSON; what a signed-off review shows, whatever changes later. */
    @Column(name = "snapshot_json")
    public String snapshotJson;

    @Version
    @Column(nullable = false)
    public long version;

    public static List<TermlyReviewEntry> ofReview(long reviewId) {
        return list("from TermlyReviewEntry e join fetch e.action where e.review.id = ?1", reviewId);
    }

    /** What a review recorded for one action, as a row: the RAG agreed and the snapshot taken at sign-off. */
    public record Agreed(long actionId, Rag agreedRag, String snapshotJson) {
    }

    /** Every action's row of a review, in one statement and without loading an entry or an action. */
    public static List<Agreed> agreedIn(long reviewId) {
        return getEntityManager().createQuery("select e.action.id, e.agreedRag, e.snapshotJson from TermlyReviewEntry e"
                        + " where e.review.id = :review", Object[].class)
                .setParameter("review", reviewId).getResultStream()
                .map(row -> new Agreed((Long) row[0], (Rag) row[1], (String) row[2])).toList();
    }

    public static Optional<TermlyReviewEntry> of(long reviewId, long actionId) {
        return find("review.id = ?1 and action.id = ?2", reviewId, actionId).firstResultOptional();
    }

    /**
     * The RAG each action was agreed at in the plan's latest signed-off review (by meeting date; of an amended
     * review, the amendment that replaced it): the "last agreed RAG" that every later view compares with.
     */
    public static Map<Long, Rag> latestAgreedRags(long planId) {
        Map<Long, Rag> agreed = new HashMap<>();
        getEntityManager().createQuery("""
                select e.action.id, e.agreedRag from TermlyReviewEntry e
                where e.review.plan.id = :plan and e.agreedRag is not null and e.review.state = :signedOff
                and e.review.meetingDate = (select max(r.meetingDate) from TermlyReview r
                    where r.plan.id = :plan and r.state = :signedOff)
                order by e.review.id""", Object[].class)
                .setParameter("signedOff", TermlyReviewState.SIGNED_OFF).setParameter("plan", planId)
                .getResultStream().forEach(row -> agreed.put((Long) row[0], (Rag) row[1]));
        return agreed;
    }
}
