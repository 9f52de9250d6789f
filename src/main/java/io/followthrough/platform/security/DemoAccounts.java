package io.followthrough.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in demo accounts: one per role and a second SLT member (so two members can record in one meeting),
 * password = user name. They exist only while demo mode is on, which the
 * production profile never turns on.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Map<String, Set<String>> ACCOUNTS = Map.of(
            Roles.LEAD, Set.of(Roles.LEAD),
            Roles.OFFICER, Set.of(Roles.OFFICER),
            Roles.SLT, Set.of(Roles.SLT),
            Roles.SLT + "2", Set.of(Roles.SLT),
            Roles.COUNCILLOR, Set.of(Roles.COUNCILLOR));

    private final DemoConfig config;

    public DemoAccounts(DemoConfig config) {
        this.config = config;
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The roles of a demo account whose password is right, if demo mode is on. */
    public Optional<Set<String>> authenticate(String userName, char[] password) {
        if (!enabled() || userName == null || password == null) {
            return Optional.empty();
        }
        Set<String> roles = ACCOUNTS.get(userName);
        boolean matches = roles != null && MessageDigest.isEqual(
                userName.getBytes(StandardCharsets.UTF_8), new String(password).getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(roles) : Optional.empty();
    }

    public Optional<Set<String>> rolesOf(String userName) {
        return enabled() ? Optional.ofNullable(ACCOUNTS.get(userName)) : Optional.empty();
    }
}
