package io.followthrough.platform.web;

import io.followthrough.platform.security.DemoSessionCookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;

/**
 * A plain double-submit cookie accepts any cookie and token pair that match, so a pair chosen by an attacker (planted
 * in a victim's browser through a sibling subdomain, say) would pass. Once someone is signed in, their CSRF token is
 * therefore not a random value but an HMAC of their session cookie, under a key only the service holds: before
 * quarkus-rest-csrf (and {@link CsrfWithoutForm}) read it, the CSRF cookie of the request is replaced by that value.
 * Pages then carry the session's own token, and a form or header token minted for another session, or made up, no
 * longer matches and is refused with 403 ({@link CsrfRefusal}). Requests with their own Authorization header are left
 * to {@link CsrfExemption}; a visitor who is not signed in (the sign-in page) keeps the plain double-submit check.
 */
@ApplicationScoped
class CsrfSessionBinding {

    /** quarkus-oidc's session cookie, and its chunks when the tokens are large. */
    private static final String OIDC_SESSION_PREFIX = "q_session";

    private final String cookieName;
    private final int tokenSize;
    private final byte[] key;

    CsrfSessionBinding(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
                       @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16") int tokenSize,
                       CsrfConfig config) {
        this.cookieName = cookieName;
        this.tokenSize = tokenSize;
        this.key = config.sessionKey().filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CsrfSessionBinding::randomKey);
    }

    void install(@Observes Router router) {
        // After CsrfExemption (Integer.MIN_VALUE), before anything reads the cookies.
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            var headers = context.request().headers();
            if (!headers.contains(HttpHeaders.AUTHORIZATION)) {
                List<String[]> cookies = cookies(headers.getAll(HttpHeaders.COOKIE));
                String session = session(cookies);
                if (session != null) {
                    StringBuilder rewritten = new StringBuilder(cookieName).append('=').append(tokenFor(session));
                    for (String[] cookie : cookies) {
                        if (!cookie[0].equals(cookieName)) {
                            rewritten.append("; ").append(cookie[0]).append('=').append(cookie[1]);
                        }
                    }
                    headers.set(HttpHeaders.COOKIE, rewritten.toString());
                }
            }
            context.next();
        });
    }

    /** The CSRF token of the session whose cookie value is {@code session}. */
    String tokenFor(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("csrf|" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, tokenSize));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The session cookies of the request, in a fixed order; null when nobody is signed in. */
    private static String session(List<String[]> cookies) {
        TreeMap<String, String> sessions = new TreeMap<>();
        for (String[] cookie : cookies) {
            if (cookie[0].equals(DemoSessionCookie.NAME) || cookie[0].startsWith(OIDC_SESSION_PREFIX)) {
                if (!cookie[1].isEmpty()) {
                    sessions.put(cookie[0], cookie[1]);
                }
            }
        }
        return sessions.isEmpty() ? null : sessions.toString();
    }

    private static List<String[]> cookies(List<String> headerValues) {
        List<String[]> cookies = new ArrayList<>();
        for (String header : headerValues) {
            for (String part : header.split(";")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    cookies.add(new String[] {part.substring(0, equals).trim(), part.substring(equals + 1).trim()});
                }
            }
        }
        return cookies;
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
