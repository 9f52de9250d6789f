package io.followthrough.platform.database;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * Settings of the embedded PostgreSQL of dev mode, the demo and the tests. They are read by
 * {@link EmbeddedDatabaseConfigSourceFactory} while the configuration is built; this mapping declares them.
 */
@ConfigMapping(prefix = "followthrough.embedded-database")
public interface EmbeddedDatabaseConfig {

    /** Where the data is kept between runs; unset, each run starts from a fresh temporary database. */
    Optional<String> dataDir();
}
