package io.followthrough.plan.withdrawal;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.coverage.CoverageService;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;

/**
 * An action is withdrawn with a reason, never deleted: it leaves the live views and keeps its
 * page and history. Areas it alone answered are uncovered again, which sends a plan ready for endorsement back to
 * draft by the coverage rule.
 */
@ApplicationScoped
public class WithdrawalService {

    private final CoverageService coverage;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    public WithdrawalService(CoverageService coverage, AuditTrail audit, Actor actor, Clock clock) {
        this.coverage = coverage;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public WithdrawalJson withdraw(long actionId, @Valid @NotNull WithdrawalInput input) {
        Action action = Action.lockedForAppend(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        action.plan.requireOpen();
        action.mayBeWithdrawn().ifPresent(refusal -> {
            throw new ConflictException(refusal);
        });
        PersonalData.problemWithRecorded(input.reason()).ifPresent(message -> {
            throw new InvalidInputException("reason", message);
        });
        action.withdrawnAt = clock.instant();
        action.withdrawnBy = actor.name();
        action.withdrawalReason = input.reason().strip();
        audit.changed("Action", action.id, "withdrawn", null, action.withdrawalReason);
        Action.flush();
        coverage.backToDraftIfUncovered(action.plan);
        return json(action);
    }

    /** The action as the withdrawal form shows it. */
    @Transactional
    public ActionToWithdraw toWithdraw(long actionId) {
        Action a = Action.withDetails(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        return new ActionToWithdraw(a.id, a.reference, a.title, a.plan.id, a.plan.title,
                a.mayBeWithdrawn().orElse(null));
    }

    /** The plan's withdrawn actions, most recently withdrawn first. */
    @Transactional
    public List<WithdrawnAction> withdrawn(long planId) {
        Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        return Action.withdrawnOf(planId).stream()
                .map(a -> new WithdrawnAction(a.id, a.reference, a.title, a.lead.name, a.withdrawnAt,
                        nameOf(a.withdrawnBy), a.withdrawalReason))
                .toList();
    }

    private static WithdrawalJson json(Action action) {
        return new WithdrawalJson(action.id, action.reference, action.title, action.plan.id, action.withdrawnAt,
                nameOf(action.withdrawnBy), action.withdrawalReason, action.plan.status);
    }

    /** A sign-in name as the person's name where it belongs to someone known. */
    private static String nameOf(String signInName) {
        return Person.bySignInName(signInName).map(p -> p.name).orElse(signInName);
    }
}
