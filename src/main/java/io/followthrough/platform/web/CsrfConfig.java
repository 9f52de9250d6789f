package io.followthrough.platform.web;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Settings of the CSRF protection beyond quarkus-rest-csrf's own. */
@ConfigMapping(prefix = "followthrough.csrf")
public interface CsrfConfig {

    /**
     * The key of the HMAC that binds a signed-in person's CSRF token to their session ({@link CsrfSessionBinding}).
     * Unset, a key is made at start-up; replicas behind one address must share one.
     */
    Optional<String> sessionKey();
}
