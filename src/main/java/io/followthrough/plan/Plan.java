package io.followthrough.plan;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Action;
import io.followthrough.platform.AuditedEntity;
import io.followthrough.platform.Clocks;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.web.Formats;
import io.followthrough.review.Review;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The action plan that answers one or more reviews, or a standing improvement plan. Its life (DOMAIN.md, "Plan"):
 * Draft, Ready for endorsement once every area is answered, Endorsed once the body's decision is recorded, Closed
 * with a closing statement once every action is settled. The rules for each move are here and only here; the
 * services audit each move.
 */
@Entity
public class Plan extends AuditedEntity {

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanKind kind;

    @ManyToMany
    @JoinTable(name = "plan_review", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "review_id"))
    @OrderBy("id")
    public Set<Review> reviews = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person lead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;

    /** The decision that endorsed the plan; null until it is endorsed. */
    @Embedded
    public Endorsement endorsement;

    /** How the plan was closed; null while it is open. */
    @Embedded
    public Closure closure;

    /** Whether the plan is closed: its actions can no longer be changed. */
    public boolean isClosed() {
        return status == PlanStatus.CLOSED;
    }

    /** Whether the plan has been endorsed, and may since have been closed (see {@link PlanStatus#isEndorsed()}). */
    public boolean isEndorsed() {
        return status.isEndorsed();
    }

    /**
     * Refuses any change to the plan's actions once it is closed (409): their progress, details, dates and new
     * actions. Every use case that changes an action asks this first.
     */
    public void requireOpen() {
        if (isClosed()) {
            throw new ConflictException("The plan \u201c" + title + "\u201d was closed on "
                    + Formats.date(closure.closedAt.atZone(Clocks.UK).toLocalDate())
                    + ": its actions can no longer be changed.");
        }
    }

    /** Draft to ready for endorsement; the caller has checked that every area is answered. */
    public void markReady() {
        if (isEndorsed()) {
            throw new ConflictException("The plan has already been endorsed.");
        }
        status = PlanStatus.READY_FOR_ENDORSEMENT;
    }

    /** Ready for endorsement back to draft, when an area is no longer answered; a later plan stays as it is. */
    public boolean backToDraft() {
        if (status != PlanStatus.READY_FOR_ENDORSEMENT) {
            return false;
        }
        status = PlanStatus.DRAFT;
        return true;
    }

    /**
     * What stops the plan being endorsed by this decision: it must be ready for endorsement, and the meeting cannot be
     * in the future. (That the report version is a published endorsement report of the plan is asked of the report
     * feature, by {@code plan.endorsement}.)
     */
    public List<FieldError> endorsementProblems(LocalDate meetingDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (status != PlanStatus.READY_FOR_ENDORSEMENT) {
            errors.add(new FieldError("status", switch (status) {
                case DRAFT -> "The plan is a draft: mark it ready for endorsement, with every area for consideration "
                        + "answered, before recording the decision";
                case ENDORSED -> "The plan has already been endorsed";
                case CLOSED -> "The plan is closed";
                default -> "The plan is not ready for endorsement";
            }));
        }
        if (meetingDate != null && meetingDate.isAfter(today)) {
            errors.add(new FieldError("meetingDate", "The meeting date must be today or in the past: record the "
                    + "decision once the meeting has made it"));
        }
        return errors;
    }

    /** Ready for endorsement to endorsed, with the decision. */
    public void endorse(Endorsement decision, LocalDate today) {
        List<FieldError> errors = endorsementProblems(decision.meetingDate, today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        endorsement = decision;
        status = PlanStatus.ENDORSED;
    }

    /**
     * What stops the plan being closed: only an endorsed plan closes, and only when every action is settled
     * ({@link Action#isSettled()}); each unsettled action is named under {@code actions}.
     */
    public List<FieldError> closureProblems(List<Action> actions) {
        List<FieldError> errors = new ArrayList<>();
        if (status != PlanStatus.ENDORSED) {
            errors.add(new FieldError("status", status == PlanStatus.CLOSED ? "The plan is already closed"
                    : "Only an endorsed plan can be closed: record the decision that endorsed it first"));
        }
        for (Action action : actions) {
            if (!action.isSettled()) {
                errors.add(new FieldError("actions", action.reference + " " + action.title + " is "
                        + action.status.label().toLowerCase(java.util.Locale.UK) + ": " + action.howToSettle()));
            }
        }
        return errors;
    }

    /** Endorsed to closed, with the closing statement, once nothing stops it. */
    public void close(Closure record, List<Action> actions) {
        List<FieldError> errors = closureProblems(actions);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        closure = record;
        status = PlanStatus.CLOSED;
    }

    /** The title as a file name for downloads: letters, digits and dashes. */
    public String fileName() {
        String name = title.replaceAll("[^A-Za-z0-9 –-]", "").strip().replaceAll("\\s+", "-");
        return name.isBlank() ? "action-plan" : name;
    }

    public static PanacheQuery<Plan> byTitle() {
        return find("order by title");
    }

    public static List<Plan> allByTitle() {
        return list("from Plan p join fetch p.lead order by p.title");
    }

    public static List<Plan> answering(long reviewId) {
        return list("select p from Plan p join p.reviews r where r.id = ?1 order by p.title", reviewId);
    }
}
