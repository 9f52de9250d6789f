package io.followthrough.platform.security;

import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Sign-in with the demo accounts: HTTP Basic for the API and a signed session cookie for pages. Inactive unless demo
 * mode is on; then it stands aside and OpenID Connect handles sign-in.
 */
@ApplicationScoped
public class DemoAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The attribute of a session's request that names its cookie's signature, for the signed-out check. */
    static final String SESSION_SIGNATURE = DemoSessionCookie.class.getName() + ".signature";

    private final DemoAccounts accounts;
    private final DemoSessionCookie sessions;

    public DemoAuthenticationMechanism(DemoAccounts accounts, DemoSessionCookie sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!accounts.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException());
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException());
            }
            return identityProviderManager.authenticate(new UsernamePasswordAuthenticationRequest(
                    decoded.substring(0, colon), new PasswordCredential(decoded.substring(colon + 1).toCharArray())));
        }
        Cookie cookie = context.request().getCookie(DemoSessionCookie.NAME);
        if (cookie != null) {
            return sessions.verify(cookie.getValue())
                    .map(session -> {
                        TrustedAuthenticationRequest request = new TrustedAuthenticationRequest(session.userName());
                        request.setAttribute(SESSION_SIGNATURE, session.signature());
                        return identityProviderManager.authenticate(request);
                    })
                    .orElseGet(() -> Uni.createFrom().nullItem());
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!accounts.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String path = context.normalizedPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate",
                    "Basic realm=\"Followthrough demo\""));
        }
        String uri = context.request().uri();
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION,
                "/sign-in?return=" + URLEncoder.encode(uri, StandardCharsets.UTF_8)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TrustedAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        // Ahead of OpenID Connect, which is switched off whenever demo mode is on.
        return 2000;
    }
}
