package io.followthrough.platform;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The name recorded against a change: the signed-in user, or "system" for work done outside a request
 * (start-up data, scheduled jobs).
 */
@ApplicationScoped
public class Actor {

    public static final String SYSTEM = "system";

    private final Instance<SecurityIdentity> identity;

    public Actor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity current = identity.get();
        return current.isAnonymous() ? SYSTEM : current.getPrincipal().getName();
    }
}
