package io.followthrough.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo sign-in cookie: user name and expiry, signed with a key made at start-up, so a restart signs everyone out
 * and nobody can forge a session. Signing out ends a session for good: its cookie is refused from then on, even if a
 * copy of it was kept.
 */
@ApplicationScoped
public class DemoSessionCookie {

    public static final String NAME = "followthrough-demo-session";

    private final byte[] key = new byte[32];
    /** Sessions signed out before they expired, by signature, with their expiry; forgotten once expired. */
    private final Map<String, Long> ended = new ConcurrentHashMap<>();
    private final Clock clock;
    private final DemoConfig config;

    public DemoSessionCookie(Clock clock, DemoConfig config) {
        this.clock = clock;
        this.config = config;
        new SecureRandom().nextBytes(key);
    }

    public String issue(String userName) {
        long expires = clock.instant().plus(config.sessionLength()).getEpochSecond();
        String payload = encode(userName) + "." + expires;
        return payload + "." + sign(payload);
    }

    public Optional<String> userName(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (ended.containsKey(parts[2])) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            if (Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Signs a session out: its cookie is no longer accepted, whoever holds a copy. */
    public void end(String cookieValue) {
        if (userName(cookieValue).isEmpty()) {
            return;
        }
        String[] parts = cookieValue.split("\\.");
        long now = clock.instant().getEpochSecond();
        ended.values().removeIf(expires -> expires < now);
        ended.put(parts[2], Long.parseLong(parts[1]));
    }

    public long maxAgeSeconds() {
        return config.sessionLength().toSeconds();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
