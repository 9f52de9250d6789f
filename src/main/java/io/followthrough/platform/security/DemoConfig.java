package io.followthrough.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "followthrough.demo")
public interface DemoConfig {

    /** Built-in demo accounts (lead, officer, slt, slt2, councillor; password = user name). Never in production. */
    @WithDefault("false")
    boolean enabled();

    /** Load the demo review and plan into an empty database at start-up. */
    @WithDefault("false")
    boolean data();

    /**
     * The key that signs demo sign-in cookies (32 characters or more). Unset, one is made at start-up, so a restart
     * signs everyone out; replicas behind one address must share one, and the prod profile refuses to start demo
     * sign-in without it.
     */
    Optional<String> sessionKey();

    /** How long a demo sign-in lasts. */
    @WithDefault("PT8H")
    Duration sessionLength();
}
