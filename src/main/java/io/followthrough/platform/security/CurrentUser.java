package io.followthrough.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What the signed-in user's roles allow, asked in one place. Features decide on their own records (an officer's own
 * actions, say) by passing what they know to {@link #mayChange(boolean)}; they never test role names themselves.
 */
@ApplicationScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The sign-in name that links the user to their person record; empty when nobody is signed in. */
    public Optional<String> signInName() {
        return identity.isAnonymous() ? Optional.empty() : Optional.of(identity.getPrincipal().getName());
    }

    /** The plan lead (Virtual School Head), who may change anything. */
    public boolean isLead() {
        return identity.hasRole(Roles.LEAD);
    }

    /** A councillor and nothing more: reads published and signed-off material only. */
    public boolean isCouncillorOnly() {
        return Roles.isCouncillorOnly(identity);
    }

    /** The field-by-field audit trail is for the plan lead and the SLT. */
    public boolean mayReadAudit() {
        return identity.hasRole(Roles.LEAD) || identity.hasRole(Roles.SLT);
    }

    /**
     * Whether the user may change a piece of work: the plan lead any of it, an officer only work that involves them
     * (the caller says whether it does), everyone else none.
     */
    public boolean mayChange(boolean involvesMe) {
        return isLead() || (identity.hasRole(Roles.OFFICER) && involvesMe);
    }
}
