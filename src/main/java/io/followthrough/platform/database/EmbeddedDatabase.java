package io.followthrough.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A PostgreSQL server run by this JVM for dev mode, the demo and the tests, so that neither needs a database
 * installed. It is started only by {@link EmbeddedDatabaseConfigSourceFactory}, which never does so in the prod profile
 * or when a JDBC URL is configured, and it stops with the application.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Starts the server once (kept data in {@code dataDirectory}, or a fresh temporary one when it is empty) and returns its JDBC URL. */
    static synchronized String jdbcUrl(String dataDirectory) {
        if (server == null) {
            server = start(dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgresql-stop"));
        }
        return server.getJdbcUrl(USER, "postgres");
    }

    /** Stops the server if this JVM started one; dev mode restarts it with the application on a live reload. */
    public static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.warnf("The embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        } finally {
            server = null;
        }
    }

    public static synchronized boolean isRunning() {
        return server != null;
    }

    private static EmbeddedPostgres start(String dataDirectory) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100");
            if (!dataDirectory.isBlank()) {
                Path dir = Path.of(dataDirectory);
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.infof("Embedded PostgreSQL started on port %d in %d ms (%s)", postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000,
                    dataDirectory.isBlank() ? "a fresh temporary database" : "data in " + dataDirectory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
        }
    }
}
