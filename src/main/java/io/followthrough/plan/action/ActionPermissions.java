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

    public boolean mayUpdate(Action action) {
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
        return Roles.isCouncillorOnly(identity);
    }

    public boolean mayReadAudit() {
        return identity.hasRole(Roles.LEAD) || identity.hasRole(Roles.SLT);
    }
}
