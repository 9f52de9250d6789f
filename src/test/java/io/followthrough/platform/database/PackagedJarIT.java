package io.followthrough.platform.database;

import io.followthrough.support.PackagedApp;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar as a hosting team runs it: against the council's own PostgreSQL (here a server this test starts
 * and stops), with no embedded database anywhere, readiness that follows the database, and a refusal to start at all
 * in production without a JDBC URL, or with demo sign-in but no key to sign its cookies with.
 */
class PackagedJarIT {

    @Test
    void againstAnExternalDatabaseTheJarStartsNoEmbeddedServerAndItsReadinessFollowsTheDatabase() throws Exception {
        EmbeddedPostgres council = EmbeddedPostgres.builder().start();
        PackagedApp app = PackagedApp.start("external-database", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", council.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres"));
        try {
            app.awaitReady();

            assertNoEmbeddedServer(app);
            assertFalse(app.log().contains("Embedded PostgreSQL started"));

            council.close();
            app.await(() -> PackagedApp.status(app.readyUrl()) == 503, "readiness went down with the database");
            RestAssured.get(app.readyUrl()).then().body("status", equalTo("DOWN"));
            RestAssured.get(app.liveUrl()).then().statusCode(200);
        } finally {
            app.close();
            council.close();
        }
    }

    @Test
    void inProductionWithoutAJdbcUrlTheJarRefusesToStartAndStartsNoDatabase() throws Exception {
        PackagedApp app = PackagedApp.start("no-database", Map.of());
        try {
            assertTrue(app.process().waitFor(PackagedApp.START_LIMIT.toSeconds(), TimeUnit.SECONDS),
                    "the app stopped by itself");
            assertNotEquals(0, app.process().exitValue());
            assertTrue(app.log().contains("quarkus.datasource.jdbc.url"), "the log says what to set");
            assertNoEmbeddedServer(app);
        } finally {
            app.process().destroyForcibly();
        }
    }

    @Test
    void inProductionDemoSignInWithoutASigningKeyIsRefusedAtStart() throws Exception {
        EmbeddedPostgres council = EmbeddedPostgres.builder().start();
        PackagedApp app = PackagedApp.start("demo-without-key", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", council.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "FOLLOWTHROUGH_DEMO_ENABLED", "true",
                "QUARKUS_OIDC_TENANT_ENABLED", "false"));
        try {
            assertTrue(app.process().waitFor(PackagedApp.START_LIMIT.toSeconds(), TimeUnit.SECONDS),
                    "the app stopped by itself");
            assertNotEquals(0, app.process().exitValue());
            assertTrue(app.log().contains("FOLLOWTHROUGH_DEMO_SESSION_KEY"), "the log says what to set");
        } finally {
            app.process().destroyForcibly();
            council.close();
        }
    }

    /**
     * No server, no data directory: the embedded PostgreSQL unpacks its binaries and creates its data directory in the
     * JVM's temporary directory, and its server runs from there (as a daemon, so it would not be a child process).
     */
    private static void assertNoEmbeddedServer(PackagedApp app) throws IOException {
        Path temporary = app.temporaryDirectory();
        try (var files = Files.list(temporary)) {
            assertEquals(List.of(), files.map(Path::getFileName).map(Path::toString)
                    .filter(f -> f.startsWith("epg") || f.startsWith("embedded-pg")).toList(),
                    "nothing of an embedded PostgreSQL in the app's temporary directory");
        }
        String where = temporary.toAbsolutePath().toString();
        assertEquals(List.of(), ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains("postgres") && line.contains(where)).toList(),
                "no PostgreSQL server runs from the app's temporary directory");
        assertTrue(app.process().descendants().noneMatch(p -> p.info().command().orElse("").contains("postgres")),
                "the app has no postgres child process");
    }
}
