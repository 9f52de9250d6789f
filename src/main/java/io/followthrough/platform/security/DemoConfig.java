package io.followthrough.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "followthrough.demo")
public interface DemoConfig {

    /** Built-in demo accounts (lead, officer, slt, slt2, councillor; password = user name). Never in production. */
    @WithDefault("false")
    boolean enabled();

    /** Load the demo review and plan into an empty database at start-up. */
    @WithDefault("false")
    boolean data();

    /** How long a demo sign-in lasts. */
    @WithDefault("PT8H")
    Duration sessionLength();
}
