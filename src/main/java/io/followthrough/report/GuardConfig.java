package io.followthrough.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Settings of the publication guard (DOMAIN.md, "Data protection"). */
@ConfigMapping(prefix = "followthrough.guard")
public interface GuardConfig {

    /** Published counts from 1 up to one below this are shown as "c". */
    @WithDefault("5")
    int smallNumberThreshold();

    /** Regular expressions for children's names that must never be published, matched case-insensitively as whole words. */
    Optional<List<String>> childNamePatterns();
}
