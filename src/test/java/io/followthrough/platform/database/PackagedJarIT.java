package io.followthrough.platform.database;

import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar as a hosting team runs it: against the council's own PostgreSQL (here a server this test starts
 * and stops), with no embedded database anywhere, readiness that follows the database, and a refusal to start at all
 * in production without a JDBC URL.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    @Test
    void againstAnExternalDatabaseTheJarStartsNoEmbeddedServerAndItsReadinessFollowsTheDatabase() throws Exception {
        EmbeddedPostgres council = EmbeddedPostgres.builder().start();
        int http = freePort();
        int management = freePort();
        Process app = start(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", council.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_HTTP_PORT", String.valueOf(http),
                "MANAGEMENT_PORT", String.valueOf(management)), "external-database");
        Path temporary = temporaryDirectory("external-database");
        try {
            String ready = "http://localhost:" + management + "/q/health/ready";
            await(() -> status(ready) == 200, app, "the app became ready (see " + logFile("external-database") + ")");

            assertNoEmbeddedServer(app, temporary);
            assertFalse(log("external-database").contains("Embedded PostgreSQL started"));

            council.close();
            await(() -> status(ready) == 503, app, "readiness went down with the database");
            RestAssured.get(ready).then().body("status", equalTo("DOWN"));
            RestAssured.get("http://localhost:" + management + "/q/health/live").then().statusCode(200);
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            council.close();
        }
    }

    @Test
    void inProductionWithoutAJdbcUrlTheJarRefusesToStartAndStartsNoDatabase() throws Exception {
        Process app = start(Map.of("QUARKUS_HTTP_PORT", String.valueOf(freePort()),
                "MANAGEMENT_PORT", String.valueOf(freePort())), "no-database");
        Path temporary = temporaryDirectory("no-database");
        try {
            assertTrue(app.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS), "the app stopped by itself");
            assertNotEquals(0, app.exitValue());
            assertTrue(log("no-database").contains("quarkus.datasource.jdbc.url"), "the log says what to set");
            assertNoEmbeddedServer(app, temporary);
        } finally {
            app.destroyForcibly();
        }
    }

    private static Process start(Map<String, String> environment, String name) throws IOException {
        assertTrue(Files.exists(JAR), JAR + " is built by the package phase before the integration tests");
        String java = ProcessHandle.current().info().command().orElse("java");
        Path temporary = temporaryDirectory(name);
        Files.createDirectories(temporary);
        // Its own temporary directory: the embedded server would unpack and keep its data there.
        ProcessBuilder builder = new ProcessBuilder(java, "-Djava.io.tmpdir=" + temporary.toAbsolutePath(), "-jar",
                JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(logFile(name));
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().remove("QUARKUS_PROFILE");
        builder.environment().put("OIDC_AUTH_SERVER_URL", "http://localhost:1/realms/none");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static Path temporaryDirectory(String name) {
        return Path.of("target", "packaged-jar-" + name + "-tmp");
    }

    /**
     * No server, no data directory: the embedded PostgreSQL unpacks its binaries and creates its data directory in the
     * JVM's temporary directory, and its server runs from there (as a daemon, so it would not be a child process).
     */
    private static void assertNoEmbeddedServer(Process app, Path temporary) throws IOException {
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
        assertTrue(app.descendants().noneMatch(p -> p.info().command().orElse("").contains("postgres")),
                "the app has no postgres child process");
    }

    private static void await(BooleanSupplier condition, Process app, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (!app.isAlive()) {
                throw new AssertionError("The app stopped before " + what);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("Not within " + START_LIMIT + ": " + what);
    }

    private static int status(String url) {
        try {
            return RestAssured.get(url).statusCode();
        } catch (Exception e) {
            // RestAssured rethrows a refused connection unchecked; not listening yet is not an error here.
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static File logFile(String name) {
        return Path.of("target", "packaged-jar-" + name + ".log").toFile();
    }

    private static String log(String name) throws IOException {
        return Files.readString(logFile(name).toPath());
    }
}
