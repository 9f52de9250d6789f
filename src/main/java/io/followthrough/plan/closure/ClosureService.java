package io.followthrough.plan.closure;

import io.followthrough.people.CurrentPerson;
import io.followthrough.plan.Closure;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanStatus;
import io.followthrough.plan.action.Action;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Closing an endorsed plan once every action is settled ({@link Plan#close}), with the lead's closing statement;
 * audited like every other move of the plan. A closed plan's actions can no longer be changed.
 */
@ApplicationScoped
public class ClosureService {

    /** One action that stops the plan closing, and what would settle it. */
    public record Blocking(long id, String reference, String title, String status, String howToSettle) {
    }

    /** What the closure page shows: the plan, whether it can close, and what stops it. */
    public record ClosureView(long planId, String planTitle, PlanStatus status, long actionCount,
                              List<Blocking> blocking, ClosureJson closure) {

        public boolean endorsed() {
            return status == PlanStatus.ENDORSED;
        }

        public boolean canClose() {
            return endorsed() && blocking.isEmpty();
        }
    }

    private final AuditTrail audit;
    private final CurrentPerson currentPerson;
    private final Actor actor;
    private final Clock clock;

    public ClosureService(AuditTrail audit, CurrentPerson currentPerson, Actor actor, Clock clock) {
        this.audit = audit;
        this.currentPerson = currentPerson;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public ClosureView view(long planId) {
        Plan plan = requirePlan(planId);
        List<Action> actions = Action.ofPlan(planId);
        List<Blocking> blocking = actions.stream().filter(a -> !a.isSettled())
                .map(a -> new Blocking(a.id, a.reference, a.title,
                        a.status.label().toLowerCase(java.util.Locale.UK), a.howToSettle())).toList();
        return new ClosureView(plan.id, plan.title, plan.status, actions.size(), blocking,
                plan.closure == null ? null : ClosureJson.of(plan));
    }

    @Transactional
    public Optional<ClosureJson> find(long planId) {
        Plan plan = requirePlan(planId);
        return plan.closure == null ? Optional.empty() : Optional.of(ClosureJson.of(plan));
    }

    @Transactional
    public ClosureJson close(long planId, @Valid @NotNull ClosureInput input) {
        Plan plan = requirePlan(planId);
        List<Action> actions = Action.ofPlan(planId);
        List<FieldError> errors = new ArrayList<>(plan.closureProblems(actions));
        PersonalData.checkRecorded("statement", input.statement(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Closure closure = new Closure();
        closure.statement = input.statement().strip();
        closure.closedBy = currentPerson.get().map(p -> p.name).orElseGet(actor::name);
        closure.closedAt = clock.instant();
        PlanStatus before = plan.status;
        plan.close(closure, actions);
        audit.changed("Plan", planId, "status", before, plan.status);
        audit.changed("Plan", planId, "closingStatement", null, closure.statement);
        return ClosureJson.of(plan);
    }

    private static Plan requirePlan(long planId) {
        return Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }
}
