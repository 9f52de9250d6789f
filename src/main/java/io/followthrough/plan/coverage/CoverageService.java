package io.followthrough.plan.coverage;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanStatus;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionInput;
import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.ActionService;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.review.Review;
import io.followthrough.term.AcademicYear;
import io.followthrough.term.Season;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every area for consideration must end up answered by at least one action, or be marked "no action" with a reason
 * (DOMAIN.md, "Finding"). A plan goes for endorsement only when none is left unanswered.
 */
@ApplicationScoped
public class CoverageService {

    private static final int TITLE_LENGTH = 200;

    private final ActionService actions;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    public CoverageService(ActionService actions, AuditTrail audit, Actor actor, Clock clock) {
        this.actions = actions;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public Coverage coverage(long planId) {
        Plan plan = requirePlan(planId);
        Map<Long, List<AreaCoverage.ActionRef>> actionsByFinding = new HashMap<>();
        for (Object[] link : Action.findingLinks(planId)) {
            actionsByFinding.computeIfAbsent((Long) link[1], id -> new ArrayList<>())
                    .add(new AreaCoverage.ActionRef((Long) link[0], (String) link[2]));
        }
        Map<Long, PlanCoverage> decisions = new HashMap<>();
        PlanCoverage.ofPlan(planId).forEach(c -> decisions.put(c.finding.id, c));
        List<AreaCoverage> areas = new ArrayList<>();
        for (Review review : plan.reviews) {
            for (Finding finding : Finding.ofReview(review.id)) {
                if (finding.kind == FindingKind.AREA_FOR_CONSIDERATION) {
                    List<AreaCoverage.ActionRef> answering = actionsByFinding.getOrDefault(finding.id, List.of());
                    PlanCoverage decision = decisions.get(finding.id);
                    areas.add(new AreaCoverage(finding.id, review.id, finding.theme.heading(), finding.text,
                            answering.stream().map(AreaCoverage.ActionRef::id).toList(), answering,
                            decision == null ? null : decision.reason,
                            decision == null ? null : decision.decidedBy,
                            decision == null ? null : decision.decidedAt));
                }
            }
        }
        int uncovered = (int) areas.stream().filter(a -> !a.covered()).count();
        return new Coverage(planId, uncovered, areas);
    }

    /**
     * The action form's starting point for an area: its theme, a title from its words, the link to it; and what the
     * review proposes for it (an audit's priority, owner and target date), where it says.
     */
    @Transactional
    public ActionInput draftFrom(long planId, long findingId) {
        Plan plan = requirePlan(planId);
        Finding finding = requireAreaOf(plan, findingId);
        String description = finding.priority == null ? null : "Priority in the review: " + finding.priority + ".";
        LocalDate today = LocalDate.now(clock);
        // An action cannot end before it starts: a proposed date already past is left for the lead to replace.
        LocalDate target = finding.proposedTargetDate != null && !finding.proposedTargetDate.isBefore(today)
                ? finding.proposedTargetDate : endOfAcademicYear();
        return new ActionInput(null, titleFrom(finding.text), description, finding.theme.id, List.of(finding.id),
                proposedLead(finding).orElse(plan.lead).id, List.of(), today, target, null, null, null, null, null);
    }

    /** The one person the proposed owner names, by name or else by job title; none if it names nobody or several. */
    private static Optional<Person> proposedLead(Finding finding) {
        if (finding.proposedOwner == null || finding.proposedOwner.isBlank()) {
            return Optional.empty();
        }
        List<Person> named = Person.named(finding.proposedOwner);
        List<Person> matching = named.isEmpty() ? Person.withJobTitle(finding.proposedOwner) : named;
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    @Transactional
    public ActionJson createFrom(long planId, long findingId) {
        return actions.create(planId, draftFrom(planId, findingId));
    }

    /**
     * Records this plan's decision that the area needs no action, and why; or changes the reason of an earlier
     * decision. Other plans answering the same review are not affected.
     */
    @Transactional
    public AreaCoverage markNoAction(long planId, long findingId, @Valid @NotNull NoActionInput input) {
        Plan plan = requirePlan(planId);
        Finding finding = requireAreaOf(plan, findingId, "reason");
        PersonalData.problemWith(input.reason()).ifPresent(message -> {
            throw new InvalidInputException("reason", message);
        });
        String reason = input.reason().strip();
        PlanCoverage decision = PlanCoverage.of(planId, findingId).orElse(null);
        if (decision == null) {
            decision = new PlanCoverage();
            decision.plan = plan;
            decision.finding = finding;
            decision.reason = reason;
            decision.decidedBy = actor.name();
            decision.decidedAt = clock.instant();
            decision.persist();
            audit.created("PlanCoverage", decision.id, "no action needed for finding " + findingId + " in plan "
                    + planId + ": " + reason);
        } else {
            audit.changed("PlanCoverage", decision.id, "reason", decision.reason, reason);
            decision.reason = reason;
            decision.decidedBy = actor.name();
            decision.decidedAt = clock.instant();
        }
        return area(planId, findingId);
    }

    /**
     * Withdraws the plan's "no action needed" decision for the area. If that leaves the area unanswered, a plan that
     * was ready for endorsement is a draft again.
     */
    @Transactional
    public AreaCoverage withdrawNoAction(long planId, long findingId) {
        Plan plan = requirePlan(planId);
        requireAreaOf(plan, findingId, "findingId");
        PlanCoverage decision = PlanCoverage.of(planId, findingId).orElseThrow(() -> new NotFoundException(
                "This plan has no \"no action needed\" decision for area for consideration " + findingId + "."));
        audit.changed("PlanCoverage", decision.id, "reason", decision.reason, null);
        decision.delete();
        PlanCoverage.flush();
        backToDraftIfUncovered(plan);
        return area(planId, findingId);
    }

    /**
     * A plan is ready for endorsement only while every area is answered (DOMAIN.md, "Plan"): when one no longer is,
     * because the review gained an area or a decision was withdrawn, the plan goes back to draft, audited.
     */
    @Transactional
    public void backToDraftIfUncovered(Plan plan) {
        if (plan.status == PlanStatus.READY_FOR_ENDORSEMENT && PlanCoverage.countUncovered(plan.id) > 0) {
            plan.backToDraft();
            audit.changed("Plan", plan.id, "status", PlanStatus.READY_FOR_ENDORSEMENT, plan.status);
        }
    }

    /** Whether the plan may go to the Executive for endorsement: marked ready, and every area still answered. */
    @Transactional
    public boolean readyForEndorsement(long planId) {
        return requirePlan(planId).status == PlanStatus.READY_FOR_ENDORSEMENT
                && PlanCoverage.countUncovered(planId) == 0;
    }

    /** Marks the plan ready for the Executive, which it may be only when every area is answered. */
    @Transactional
    public Coverage markReady(long planId) {
        Coverage coverage = coverage(planId);
        if (coverage.uncovered() > 0) {
            throw new ConflictException(coverage.uncovered() + (coverage.uncovered() == 1 ? " area" : " areas")
                    + " for consideration still " + (coverage.uncovered() == 1 ? "has" : "have")
                    + " no action and no reason for none. Answer every area before the plan goes for endorsement.");
        }
        Plan plan = requirePlan(planId);
        PlanStatus before = plan.status;
        plan.markReady();
        audit.changed("Plan", planId, "status", before, plan.status);
        return coverage;
    }

    private AreaCoverage area(long planId, long findingId) {
        return coverage(planId).areas().stream().filter(a -> a.findingId() == findingId).findFirst().orElseThrow();
    }

    private Finding requireAreaOf(Plan plan, long findingId) {
        return requireAreaOf(plan, findingId, "findingId");
    }

    private Finding requireAreaOf(Plan plan, long findingId, String field) {
        Finding finding = Finding.<Finding>findByIdOptional(findingId)
                .orElseThrow(() -> new NotFoundException("finding", findingId));
        if (plan.reviews.stream().noneMatch(r -> r.id.equals(finding.theme.review.id))) {
            throw new InvalidInputException(field, "This finding belongs to a review the plan does not answer");
        }
        if (finding.kind != FindingKind.AREA_FOR_CONSIDERATION) {
            throw new InvalidInputException(field, "findingId".equals(field)
                    ? "Actions answer areas for consideration, not strengths"
                    : "Only an area for consideration can be marked as needing no action");
        }
        return finding;
    }

    private LocalDate endOfAcademicYear() {
        return AcademicYear.containing(LocalDate.now(clock)).defaultEnd(Season.SUMMER);
    }

    /** The finding's first sentence, shortened to fit a title; the lead rewrites it as an action. */
    static String titleFrom(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int stop = flat.indexOf(". ");
        String sentence = stop > 0 ? flat.substring(0, stop + 1) : flat;
        return sentence.length() <= TITLE_LENGTH ? sentence
                : sentence.substring(0, sentence.lastIndexOf(' ', TITLE_LENGTH - 1)) + "…";
    }

    private static Plan requirePlan(long planId) {
        return Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }
}
