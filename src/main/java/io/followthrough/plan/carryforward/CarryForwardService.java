package io.followthrough.plan.carryforward;

import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionInput;
import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.ActionService;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Unfinished actions carried into another plan (the next year's Virtual School Improvement Plan, say): each becomes a
 * new action there, starting afresh, and the two are linked both ways. The old one is settled by the new one.
 */
@ApplicationScoped
public class CarryForwardService {

    private final ActionService actions;
    private final AuditTrail audit;

    public CarryForwardService(ActionService actions, AuditTrail audit) {
        this.actions = actions;
        this.audit = audit;
    }

    /** What the carry-forward page offers: the actions that may go, and the plans they may go to. */
    @Transactional
    public CarryForwardView view(long planId) {
        Plan plan = requirePlan(planId);
        List<CarryForwardView.Candidate> candidates = Action.ofPlan(planId).stream()
                .filter(a -> a.mayBeCarriedForward().isEmpty())
                .map(a -> new CarryForwardView.Candidate(a.id, a.reference, a.title, a.lead.name, a.targetDate,
                        a.status.label()))
                .toList();
        List<CarryForwardView.Target> targets = Plan.allByTitle().stream()
                .filter(target -> !target.id.equals(plan.id) && !target.isClosed())
                .map(target -> new CarryForwardView.Target(target.id, target.title)).toList();
        return new CarryForwardView(plan.id, plan.title, candidates, targets);
    }

    @Transactional
    public CarryForwardJson carry(long planId, CarryForwardInput input) {
        Plan plan = requirePlan(planId);
        plan.requireOpen();
        List<FieldError> errors = new ArrayList<>();
        Plan target = target(plan, input.toPlanId(), errors);
        List<Action> carried = chosen(plan, input.actionIds(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<CarryForwardJson.Carried> links = new ArrayList<>();
        for (Action old : carried) {
            ActionJson created = actions.create(target.id, copyOf(old, target));
            Action copy = Action.findById(created.id());
            old.carriedTo = copy;
            copy.carriedFrom = old;
            audit.changed("Action", old.id, "carriedTo", null, copy.reference + " in " + target.title);
            audit.changed("Action", copy.id, "carriedFrom", null, old.reference + " in " + plan.title);
            links.add(new CarryForwardJson.Carried(old.id, old.reference, copy.id, copy.reference, copy.title));
        }
        return new CarryForwardJson(plan.id, target.id, links);
    }

    private static Plan target(Plan plan, Long toPlanId, List<FieldError> errors) {
        if (toPlanId == null) {
            errors.add(new FieldError("toPlanId", "Choose the plan the actions are carried into"));
            return null;
        }
        if (toPlanId.equals(plan.id)) {
            errors.add(new FieldError("toPlanId", "Choose another plan: actions are carried out of this one"));
            return null;
        }
        Plan target = Plan.<Plan>findByIdOptional(toPlanId).orElse(null);
        if (target == null) {
            errors.add(new FieldError("toPlanId", "There is no plan with id " + toPlanId));
        } else if (target.isClosed()) {
            errors.add(new FieldError("toPlanId", "“" + target.title + "” is closed: carry the actions into an open plan"));
        }
        return target;
    }

    private static List<Action> chosen(Plan plan, List<Long> actionIds, List<FieldError> errors) {
        if (actionIds == null || actionIds.isEmpty()) {
            errors.add(new FieldError("actionIds", "Choose at least one action to carry forward"));
            return List.of();
        }
        List<Action> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(actionIds)) {
            Action action = id == null ? null : Action.withDetails(id).orElse(null);
            if (action == null) {
                errors.add(new FieldError("actionIds", "There is no action with id " + id));
            } else if (!action.plan.id.equals(plan.id)) {
                errors.add(new FieldError("actionIds", "Action " + action.reference + " (id " + id
                        + ") belongs to another plan, “" + action.plan.title + "”"));
            } else if (action.lead.hasLeft()) {
                errors.add(new FieldError("actionIds", action.lead.name + ", who led " + action.reference
                        + ", has left: pass the action to a new lead first"));
            } else {
                action.mayBeCarriedForward().ifPresentOrElse(
                        refusal -> errors.add(new FieldError("actionIds", refusal)),
                        () -> chosen.add(action));
            }
        }
        return chosen;
    }

    /**
     * The new action: the same work, lead, partners and dates, starting with no progress and not yet rated. It keeps
     * its theme and findings only where the other plan answers the same review; otherwise they mean nothing there.
     */
    private static ActionInput copyOf(Action old, Plan target) {
        Set<Long> reviews = target.reviews.stream().map(r -> r.id).collect(Collectors.toSet());
        Long themeId = old.theme != null && reviews.contains(old.theme.review.id) ? old.theme.id : null;
        List<Long> findingIds = old.findings.stream().filter(f -> reviews.contains(f.theme.review.id))
                .map(f -> f.id).toList();
        return new ActionInput(null, old.title, old.description, themeId, findingIds, old.lead.id,
                old.partners.stream().map(p -> p.id).toList(), old.startDate, old.targetDate, old.successCriteria,
                ActionStatus.NOT_STARTED, Rag.NOT_YET_RATED, null, null);
    }

    private static Plan requirePlan(long id) {
        return Plan.<Plan>findByIdOptional(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}
