package io.followthrough.platform.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The demo sign-in cookie: user name and expiry, signed with the configured key (followthrough.demo.session-key, the
 * same on every replica) or, unset, a key made at start-up, so nobody can forge a session. Signing out ends a session
 * for good on every replica: its signature is kept in the database (table ended_session) until the cookie would have
 * expired, and a cookie listed there is refused, even if a copy of it was kept.
 */
@Startup
@ApplicationScoped
public class DemoSessionCookie {

    public static final String NAME = "followthrough-demo-session";
    static final int MINIMUM_KEY_LENGTH = 32;

    /** A cookie whose signature and expiry are right; whether it was signed out is {@link #ended(String)}. */
    public record Session(String userName, String signature, Instant expires) {
    }

    private final byte[] key;
    private final Clock clock;
    private final DemoConfig config;
    private final AgroalDataSource database;

    public DemoSessionCookie(Clock clock, DemoConfig config, AgroalDataSource database) {
        this.clock = clock;
        this.config = config;
        this.database = database;
        this.key = key(config);
    }

    public String issue(String userName) {
        long expires = clock.instant().plus(config.sessionLength()).getEpochSecond();
        String payload = encode(userName) + "." + expires;
        return payload + "." + sign(payload);
    }

    /** The session of a cookie that this service signed and that has not expired; no database needed. */
    public Optional<Session> verify(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            if (expires.isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Session(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8),
                    parts[2], expires));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the session with this signature was signed out, on any replica. Blocking: one look-up by key. */
    public boolean ended(String signature) {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select 1 from ended_session where signature = ?")) {
            query.setString(1, signature);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check whether a session was signed out", e);
        }
    }

    /** Signs a session out: its cookie is no longer accepted by any replica, whoever holds a copy. */
    public void end(String cookieValue) {
        Optional<Session> session = verify(cookieValue);
        if (session.isEmpty()) {
            return;
        }
        try (Connection connection = database.getConnection();
             PreparedStatement forget = connection.prepareStatement(
                     "delete from ended_session where expires_at < ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into ended_session (signature, expires_at) values (?, ?) on conflict do nothing")) {
            forget.setTimestamp(1, Timestamp.from(clock.instant()));
            forget.executeUpdate();
            insert.setString(1, session.get().signature());
            insert.setTimestamp(2, Timestamp.from(session.get().expires()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not sign the session out", e);
        }
    }

    public long maxAgeSeconds() {
        return config.sessionLength().toSeconds();
    }

    private static byte[] key(DemoConfig config) {
        Optional<String> configured = config.sessionKey().filter(k -> !k.isBlank());
        if (configured.isPresent()) {
            if (configured.get().length() < MINIMUM_KEY_LENGTH) {
                throw new IllegalStateException("followthrough.demo.session-key (FOLLOWTHROUGH_DEMO_SESSION_KEY) must be "
                        + MINIMUM_KEY_LENGTH + " characters or more");
            }
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        if (config.enabled() && ConfigUtils.getProfiles().contains("prod")) {
            throw new IllegalStateException("Demo sign-in is on in production without followthrough.demo.session-key"
                    + " (FOLLOWTHROUGH_DEMO_SESSION_KEY): set it, the same on every replica");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
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
