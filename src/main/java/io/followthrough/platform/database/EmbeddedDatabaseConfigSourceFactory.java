package io.followthrough.platform.database;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Points the datasource at the embedded PostgreSQL when no JDBC URL is configured, in dev mode, in test runs and in
 * the demo profile of the packaged jar. In any other case (the packaged jar in any other profile, prod among them, or
 * QUARKUS_DATASOURCE_JDBC_URL set) it contributes nothing, so no server, port or temporary directory is ever created
 * there. The server starts on the first read of the datasource settings, at run time, never while the application is
 * being built.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    static final String DATA_DIR = "followthrough.embedded-database.data-dir";
    private static final String DEMO_PROFILE = "demo";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean wanted = !profiles.contains("prod")
                && (profiles.contains(DEMO_PROFILE) || LaunchMode.current() != LaunchMode.NORMAL);
        if (!wanted || isSet(context.getValue(URL))) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue(DATA_DIR);
        return List.of(new Source(isSet(dataDir) ? dataDir.getValue() : ""));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    /** Answers only the three datasource settings, and only when asked for them. */
    static final class Source implements ConfigSource {

        private final String dataDirectory;

        Source(String dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        @Override
        public Set<String> getPropertyNames() {
            // Not listed: listing would make start-up read (and so start) the database for every property scan.
            return Set.of();
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of();
        }

        @Override
        public String getValue(String name) {
            return switch (name) {
                case URL -> EmbeddedDatabase.jdbcUrl(dataDirectory);
                case USERNAME, PASSWORD -> EmbeddedDatabase.USER;
                default -> null;
            };
        }

        @Override
        public String getName() {
            return "embedded PostgreSQL";
        }

        @Override
        public int getOrdinal() {
            // Below application.properties (250) and the environment (300): anything configured wins.
            return 50;
        }
    }
}
