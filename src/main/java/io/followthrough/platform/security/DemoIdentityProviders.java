package io.followthrough.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;

/** Turns demo credentials into identities with the account's role. */
public final class DemoIdentityProviders {

    private DemoIdentityProviders() {
    }

    static SecurityIdentity identity(String userName, Set<String> roles) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(userName))
                .addRoles(roles)
                .build();
    }

    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final DemoAccounts accounts;

        public Password(DemoAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            String name = request.getUsername();
            return accounts.authenticate(name, request.getPassword().getPassword())
                    .map(roles -> Uni.createFrom().item(identity(name, roles)))
                    .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
        }
    }

    @ApplicationScoped
    public static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        private final DemoAccounts accounts;
        private final DemoSessionCookie sessions;

        public Session(DemoAccounts accounts, DemoSessionCookie sessions) {
            this.accounts = accounts;
            this.sessions = sessions;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            String name = request.getPrincipal();
            Object signature = request.getAttribute(DemoAuthenticationMechanism.SESSION_SIGNATURE);
            Optional<Set<String>> roles = accounts.rolesOf(name);
            if (roles.isEmpty() || !(signature instanceof String session)) {
                return Uni.createFrom().nullItem();
            }
            // Signed out on any replica: the database says so (a blocking look-up, off the event loop).
            return context.runBlocking(() -> sessions.ended(session) ? null : identity(name, roles.get()));
        }
    }
}
