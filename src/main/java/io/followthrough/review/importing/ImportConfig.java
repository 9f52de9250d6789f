package io.followthrough.review.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "followthrough.import")
public interface ImportConfig {

    /** The largest review document that can be uploaded. */
    @WithDefault("20M")
    MemorySize maxSize();

    /** How long reading one document may take before the import is refused. */
    @WithDefault("30S")
    Duration timeLimit();
}
