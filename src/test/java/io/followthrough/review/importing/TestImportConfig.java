package io.followthrough.review.importing;

import io.quarkus.runtime.configuration.MemorySize;

import java.math.BigInteger;
import java.time.Duration;

public record TestImportConfig(MemorySize maxSize, Duration timeLimit) implements ImportConfig {

    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** The settings the service ships with. */
    static ReviewImporter standardImporter() {
        return importer(DEFAULT_MAX_BYTES, Duration.ofSeconds(30));
    }

    static ReviewImporter importer(long maxBytes, Duration timeLimit) {
        return new ReviewImporter(new TestImportConfig(new MemorySize(BigInteger.valueOf(maxBytes)), timeLimit));
    }
}
