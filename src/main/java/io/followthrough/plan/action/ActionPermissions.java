package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Who may change an action's progress and dates: the plan lead on any action, officers on those they lead or support. */
@ApplicationScoped
public class ActionPermissions {

    private final SecurityIdentity identity;

    public ActionPermissions(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Whether the signed-in user may record progress or ask to move the date now: never on a withdrawn action. */
    public boolean mayUpdate(Action action) {
        return action.closedToProgress().isEmpty() && mayWorkOn(action);
    }

    /**
     * Refuses progress (and date changes) on an action that no longer takes any, with 409 and why; and to someone who
     * may not work on the action, with 403 and {@code forbidden}.
     */
    public void requireMayUpdate(Action action, String forbidden) {
        if (!mayWorkOn(action)) {
            throw new ForbiddenException(forbidden);
        }
        action.closedToProgress().ifPresent(reason -> {
            throw new ConflictException(reason);
        });
    }

    private boolean mayWorkOn(Action action) {
        if (identity.hasRole(Roles.LEAD)) {
            return true;
        }
        if (!identity.hasRole(Roles.OFFICER)) {
            return false;
        }
        return currentPerson().map(me -> action.lead.id.equals(me.id)
                        || (me.partner != null && action.partners.stream().anyMatch(p -> p.id.equals(me.partner.id))))
                .orElse(false);
    }

    /** The person record of the signed-in user, linked by sign-in name. */
    public Optional<Person> currentPerson() {
        return identity.isAnonymous() ? Optional.empty() : Person.bySignInName(identity.getPrincipal().getName());
    }

    public boolean isLead() {
        return identity.hasRole(Roles.LEAD);
    }

    /** A councillor and nothing more: reads published and signed-off material only. */
    public boolean isCouncillorOnly() {
        return identity.hasRole(Roles.COUNCILLOR) && !identity.hasRole(Roles.LEAD) && !identity.hasRole(Roles.SLT)
                && !identity.hasRole(Roles.OFFICER);
    }

    public boolean mayReadAudit() {
        return identity.hasRole(Roles.LEAD) || identity.hasRole(Roles.SLT);
    }
}
