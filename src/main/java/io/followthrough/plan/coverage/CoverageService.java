package io.followthrough.plan.coverage;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanStatus;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionInput;
import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.ActionService;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.review.Review;
import io.followthrough.review.ReviewJson;
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
    private final Clock clock;

    public CoverageService(ActionService actions, AuditTrail audit, Clock clock) {
        this.actions = actions;
        this.audit = audit;
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
        List<AreaCoverage> areas = new ArrayList<>();
        for (Review review : plan.reviews) {
            for (Finding finding : Finding.ofReview(review.id)) {
                if (finding.kind == FindingKind.AREA_FOR_CONSIDERATION) {
                    List<AreaCoverage.ActionRef> answering = actionsByFinding.getOrDefault(finding.id, List.of());
                    areas.add(new AreaCoverage(finding.id, review.id, finding.theme.heading(), finding.text,
                            answering.stream().map(AreaCoverage.ActionRef::id).toList(), answering,
                            finding.noActionReason));
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

    @Transactional
    public ReviewJson.FindingJson markNoAction(long findingId, @Valid @NotNull NoActionInput input) {
        Finding finding = Finding.<Finding>findByIdOptional(findingId)
                .orElseThrow(() -> new NotFoundException("finding", findingId));
        if (finding.kind != FindingKind.AREA_FOR_CONSIDERATION) {
            throw new InvalidInputException("reason", "Only an area for consideration can be marked as needing no action");
        }
        PersonalData.problemWith(input.reason()).ifPresent(message -> {
            throw new InvalidInputException("reason", message);
        });
        audit.changed("Finding", findingId, "noActionReason", finding.noActionReason, input.reason().strip());
        finding.noActionReason = input.reason().strip();
        return ReviewJson.FindingJson.of(finding);
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
        audit.changed("Plan", planId, "status", plan.status, PlanStatus.READY_FOR_ENDORSEMENT);
        plan.status = PlanStatus.READY_FOR_ENDORSEMENT;
        return coverage;
    }

    private Finding requireAreaOf(Plan plan, long findingId) {
        Finding finding = Finding.<Finding>findByIdOptional(findingId)
                .orElseThrow(() -> new NotFoundException("finding", findingId));
        if (plan.reviews.stream().noneMatch(r -> r.id.equals(finding.theme.review.id))) {
            throw new InvalidInputException("findingId", "This finding belongs to a review the plan does not answer");
        }
        if (finding.kind != FindingKind.AREA_FOR_CONSIDERATION) {
            throw new InvalidInputException("findingId", "Actions answer areas for consideration, not strengths");
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
