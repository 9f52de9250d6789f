package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.platform.security.Roles;
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

    /** Whether the signed-in user may change the action now: never once its plan is closed. */
    public boolean mayUpdate(Action action) {
        if (action.plan.isClosed()) {
            return false;
        }
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

    /**
     * Refuses a change to the action: 409 once its plan is closed ({@link io.followthrough.plan.Plan#requireOpen}),
     * 403 with {@code refusal} for someone who may not change it.
     */
    public void requireMayUpdate(Action action, String refusal) {
        action.plan.requireOpen();
        if (!mayUpdate(action)) {
            throw new io.quarkus.security.ForbiddenException(refusal);
        }
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
