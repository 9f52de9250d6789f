package io.followthrough.plan.leaving;

import io.followthrough.people.Person;
import io.followthrough.people.PersonJson;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Someone leaves: each of the actions they lead passes to a new lead (one audit entry per action), and they are
 * marked as left, so that nobody can choose them as a lead again. Their name stays on the history.
 */
@ApplicationScoped
public class LeavingService {

    private final AuditTrail audit;
    private final Clock clock;

    public LeavingService(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** What the leaving page shows: the person, the actions to pass on, and who can take them. */
    @Transactional
    public LeavingView view(long personId) {
        Person person = requirePerson(personId);
        List<LeavingView.ActionToPass> actions = actionsLedBy(person).stream()
                .map(a -> new LeavingView.ActionToPass(a.id, a.reference, a.title, a.plan.title, a.targetDate,
                        a.status.label()))
                .toList();
        List<PersonJson> candidates = Person.stillHereByName().stream()
                .filter(p -> !p.id.equals(person.id)).map(PersonJson::of).toList();
        List<String> plansLed = Plan.<Plan>list("lead.id = ?1 order by title", person.id).stream()
                .map(p -> p.title).toList();
        return new LeavingView(PersonJson.of(person), actions, candidates, plansLed);
    }

    @Transactional
    public LeavingJson leave(long personId, Reassignment reassignment) {
        Person person = requirePerson(personId);
        if (person.hasLeft()) {
            throw new ConflictException(person.name + " left on " + Formats.date(person.leftOn)
                    + "; their actions have already passed on.");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Plan plan : Plan.<Plan>list("lead.id = ?1 order by title", person.id)) {
            errors.add(new FieldError("reassignTo", person.name + " leads the plan “" + plan.title
                    + "”: choose another plan lead on the plan’s page first"));
        }
        List<Action> actions = actionsLedBy(person);
        Set<Long> theirs = new HashSet<>();
        actions.forEach(a -> theirs.add(a.id));
        for (Long actionId : reassignment.perAction().keySet()) {
            if (!theirs.contains(actionId)) {
                errors.add(new FieldError("reassignTo." + actionId, "Action " + actionId + " is not led by "
                        + person.name));
            }
        }
        if (reassignment.toAll() != null) {
            newLead(reassignment.toAll(), person, "reassignTo", errors);
        }
        List<Person> newLeads = new ArrayList<>();
        for (Action action : actions) {
            Long chosen = reassignment.newLeadOf(action.id);
            String field = reassignment.perAction().containsKey(action.id) || reassignment.toAll() == null
                    ? "reassignTo." + action.id : "reassignTo";
            if (chosen == null) {
                errors.add(new FieldError(field, "Choose who leads " + action.reference + " “" + action.title
                        + "” after " + person.name + " leaves"));
                newLeads.add(null);
            } else if (field.equals("reassignTo")) {
                newLeads.add(Person.findById(chosen));
            } else {
                newLeads.add(newLead(chosen, person, field, errors));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().distinct().toList());
        }
        List<LeavingJson.Reassigned> reassigned = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            Person to = newLeads.get(i);
            action.lead = to;
            audit.changed("Action", action.id, "lead", person.name, to.name);
            reassigned.add(new LeavingJson.Reassigned(action.id, action.reference, action.title, person.id,
                    person.name, to.id, to.name));
        }
        LocalDate today = LocalDate.now(clock);
        person.leftOn = today;
        // A calendar feed of someone who has gone would only leak the plan's dates.
        person.calendarToken = null;
        audit.changed("Person", person.id, "leftOn", null, today);
        return new LeavingJson(PersonJson.of(person), reassigned);
    }

    private static Person newLead(long id, Person leaving, String field, List<FieldError> errors) {
        Person lead = Person.<Person>findByIdOptional(id).orElse(null);
        if (lead == null) {
            errors.add(new FieldError(field, "There is no person with id " + id));
        } else if (lead.id.equals(leaving.id)) {
            errors.add(new FieldError(field, "Choose someone other than " + leaving.name + ", who is leaving"));
        } else if (lead.hasLeft()) {
            errors.add(new FieldError(field, lead.name + " left on " + Formats.date(lead.leftOn)
                    + " and cannot lead an action"));
        }
        return lead;
    }

    /**
     * The actions to pass on: those still followed up (a withdrawn or carried-forward one keeps its lead), except on
     * closed plans, whose actions keep the lead they closed with since they can no longer change.
     */
    private static List<Action> actionsLedBy(Person person) {
        return Action.list("from Action a join fetch a.plan where a.lead.id = ?1 and a.plan.status <> ?2 and "
                + Action.followedUp("a") + " order by a.plan.title, a.reference", person.id,
                io.followthrough.plan.PlanStatus.CLOSED);
    }

    private static Person requirePerson(long id) {
        return Person.<Person>findByIdOptional(id).orElseThrow(() -> new NotFoundException("person", id));
    }
}
