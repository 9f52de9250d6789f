package io.followthrough.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF is an attack on credentials the browser attaches by itself (the session cookie). A request that carries its
 * own credentials in an Authorization header (HTTP Basic in the demo, a bearer token from the identity provider)
 * cannot be forged by another site, so API clients that upload files need no CSRF token. quarkus-rest-csrf checks
 * every form post; before it runs, such a request is given a fresh matching cookie and header pair of its own.
 * A request with a session cookie gets nothing and must show the token from its form.
 */
@ApplicationScoped
class CsrfExemption {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String cookieName;
    private final String headerName;
    private final int tokenSize;

    CsrfExemption(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
                  @ConfigProperty(name = "quarkus.rest-csrf.token-header-name") String headerName,
                  @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16") int tokenSize) {
        this.cookieName = cookieName;
        this.headerName = headerName;
        this.tokenSize = tokenSize;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            var headers = context.request().headers();
            if (headers.contains(HttpHeaders.AUTHORIZATION) && !headers.contains(headerName)) {
                byte[] bytes = new byte[tokenSize];
                RANDOM.nextBytes(bytes);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                headers.add(headerName, token);
                String cookies = headers.get(HttpHeaders.COOKIE);
                // First, so that it is the one read whatever CSRF cookie the client also sent.
                headers.set(HttpHeaders.COOKIE, cookieName + "=" + token + (cookies == null ? "" : "; " + cookies));
            }
            context.next();
        });
    }
}
