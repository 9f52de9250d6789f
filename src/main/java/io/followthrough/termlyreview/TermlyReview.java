package io.followthrough.termlyreview;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.platform.AuditedEntity;
import io.followthrough.term.Term;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The SLT meeting that reviews a plan once a term; signed off by its chair, after which it is frozen. */
@Entity
public class TermlyReview extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Term term;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(nullable = false)
    public String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person chair;

    /** Kept as text too, so a signed-off review still names its chair if the person is later removed. */
    @Column(name = "chair_name", nullable = false)
    public String chairName;

    @ManyToMany
    @JoinTable(name = "termly_review_member", joinColumns = @JoinColumn(name = "review_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    public Set<Person> members = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TermlyReviewState state = TermlyReviewState.SCHEDULED;

    /** 1 for the review as first signed off; each amendment is the next number. */
    @Column(name = "version_number", nullable = false)
    public int versionNumber = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_id")
    public TermlyReview amends;

    @Column(name = "amendment_reason")
    public String amendmentReason;

    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    @Column(name = "signed_off_by")
    public String signedOffBy;

    /** The plan's title and the members' names as they stood at sign-off (names one a line); null before. */
    @Column(name = "plan_title")
    public String planTitle;

    @Column(name = "member_names")
    public String memberNames;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isFrozen() {
        return state != TermlyReviewState.SCHEDULED;
    }

    /** A review records what its meeting agreed: it can be signed off on the day of the meeting or later. */
    public boolean canBeSignedOffOn(LocalDate today) {
        return !today.isBefore(meetingDate);
    }

    /** The amendment of this review still being prepared, if any. */
    public static Optional<TermlyReview> draftAmendmentOf(long reviewId) {
        return find("amends.id = ?1 and state = ?2", reviewId, TermlyReviewState.SCHEDULED).firstResultOptional();
    }

    public static Optional<TermlyReview> withDetails(long id) {
        return find("from TermlyReview r join fetch r.plan join fetch r.term join fetch r.chair where r.id = ?1", id)
                .firstResultOptional();
    }

    public static List<TermlyReview> ofPlan(long planId) {
        return list("from TermlyReview r join fetch r.term where r.plan.id = ?1 order by r.meetingDate desc, r.versionNumber desc",
                planId);
    }

    /** The plan's signed-off reviews (current versions only), oldest first: the plan's termly record. */
    public static List<TermlyReview> signedOff(long planId) {
        return list("from TermlyReview r join fetch r.term where r.plan.id = ?1 and r.state = ?2 order by r.meetingDate",
                planId, TermlyReviewState.SIGNED_OFF);
    }

    /** The latest signed-off review of a plan before a date, to compare against. */
    public static Optional<TermlyReview> lastSignedOffBefore(long planId, LocalDate date) {
        return find("from TermlyReview r join fetch r.term where r.plan.id = ?1 and r.state = ?2 and r.meetingDate < ?3 "
                + "order by r.meetingDate desc", planId, TermlyReviewState.SIGNED_OFF, date).firstResultOptional();
    }
}
