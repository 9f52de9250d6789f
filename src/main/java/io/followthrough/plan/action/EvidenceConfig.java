package io.followthrough.plan.action;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followthrough.evidence")
public interface EvidenceConfig {

    /** The largest evidence file accepted, in bytes (10 MB). */
    @WithDefault("10485760")
    long maxFileSize();

    /** How many files one progress update may carry. */
    @WithDefault("5")
    int maxFiles();
}
