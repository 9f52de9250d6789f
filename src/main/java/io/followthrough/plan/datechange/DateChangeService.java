package io.followthrough.plan.datechange;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionPermissions;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Moving a target date: an officer asks with a reason, the plan lead decides. An approved change moves the date and
 * keeps the original, so the action counts as reprogrammed rather than late.
 */
@ApplicationScoped
public class DateChangeService {

    private final ActionPermissions permissions;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    public DateChangeService(ActionPermissions permissions, AuditTrail audit, Actor actor, Clock clock) {
        this.permissions = permissions;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<DateChangeJson> ofAction(long actionId) {
        requireAction(actionId);
        return TargetDateChange.ofAction(actionId).stream().map(DateChangeJson::of).toList();
    }

    @Transactional
    public java.util.Optional<DateChangeJson> find(long id) {
        return TargetDateChange.<TargetDateChange>findByIdOptional(id).map(DateChangeJson::of);
    }

    @Transactional
    public List<DateChangeJson> pending(long planId) {
        return TargetDateChange.pendingInPlan(planId).stream().map(DateChangeJson::of).toList();
    }

    @Transactional
    public DateChangeJson request(long actionId, @Valid @NotNull DateChangeInput input) {
        Action action = requireAction(actionId);
        permissions.requireMayUpdate(action, "You can ask to move the date only of actions you lead or support.");
        List<FieldError> errors = new ArrayList<>();
        if (input.requestedDate().equals(action.targetDate)) {
            errors.add(new FieldError("requestedDate", "The new date must be different from the current target date"));
        }
        if (action.startDate != null && input.requestedDate().isBefore(action.startDate)) {
            errors.add(new FieldError("requestedDate", "The new date must be on or after the start date"));
        }
        if (TargetDateChange.pendingFor(actionId).isPresent()) {
            errors.add(new FieldError("requestedDate",
                    "A request to move this date is already waiting for the plan lead's decision"));
        }
        PersonalData.checkRecorded("reason", input.reason(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TargetDateChange change = new TargetDateChange();
        change.action = action;
        change.originalDate = action.targetDate;
        change.requestedDate = input.requestedDate();
        change.reason = input.reason().strip();
        Person me = permissions.currentPerson().orElse(null);
        change.requestedBy = me;
        change.requestedByName = me == null ? actor.name() : me.name;
        change.persist();
        audit.created("TargetDateChange", change.id, "asked to move " + action.reference + " from "
                + action.targetDate + " to " + change.requestedDate);
        return DateChangeJson.of(change);
    }

    @Transactional
    public DateChangeJson decide(long changeId, @Valid @NotNull DecisionInput input) {
        if (!permissions.isLead()) {
            throw new ForbiddenException("Only the plan lead decides on new target dates.");
        }
        TargetDateChange change = TargetDateChange.<TargetDateChange>findByIdOptional(changeId)
                .orElseThrow(() -> new NotFoundException("date change request", changeId));
        if (change.decision != DateChangeDecision.PENDING) {
            throw new ConflictException("This request was already " + change.decision.label().toLowerCase()
                    + " by " + change.decidedByName + ".");
        }
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (!input.approved() && comment == null) {
            throw new InvalidInputException("comment", "Say why the new date is refused");
        }
        Person me = permissions.currentPerson().orElse(null);
        change.decision = input.approved() ? DateChangeDecision.APPROVED : DateChangeDecision.REFUSED;
        change.decisionComment = comment;
        change.decidedBy = me;
        change.decidedByName = me == null ? actor.name() : me.name;
        change.decidedAt = clock.instant();
        audit.changed("TargetDateChange", change.id, "decision", DateChangeDecision.PENDING, change.decision);
        if (input.approved()) {
            Action action = change.action;
            if (action.originalTargetDate == null) {
                action.originalTargetDate = action.targetDate;
            }
            audit.changed("Action", action.id, "targetDate", action.targetDate, change.requestedDate);
            action.targetDate = change.requestedDate;
        }
        return DateChangeJson.of(change);
    }

    private static Action requireAction(long actionId) {
        return Action.withDetails(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
    }
}
