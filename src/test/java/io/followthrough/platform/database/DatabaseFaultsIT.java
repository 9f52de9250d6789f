package io.followthrough.platform.database;

import io.followthrough.support.PackagedApp;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar against a council's PostgreSQL as production runs it: Flyway migrates as the schema's owner, the
 * application connects as a role that may only read and write rows; a database restart under a warm pool costs no
 * request; while the database is stopped, the API answers 503 problem+json and pages the "service unavailable" page,
 * quickly, and readiness is DOWN; when it is back, everything works again by itself.
 */
class DatabaseFaultsIT {

    private static final String NAME = "database-faults";
    private static final String OWNER = "followthrough_owner";
    private static final String APP = "followthrough_app";
    private static final int POOL = 20;
    /**
     * A 503 takes the pool's acquisition timeout (2 s) at most, plus the time to answer. The bounds are loose because a
     * shared 2-core build machine can be slow to do anything; they still tell "answers" from "hangs until a proxy or
     * the client gives up". The first request after the database went away also finds every pooled connection dead
     * and drops them one by one (about 10 s for 20 of them on a machine with a load of 30, well under 1 s otherwise).
     */
    private static final Duration QUICKLY = Duration.ofSeconds(6);
    private static final Duration FIRST_AFTER_OUTAGE = Duration.ofSeconds(20);

    private static Path dataDirectory;
    private static int databasePort;
    private static EmbeddedPostgres database;
    private static PackagedApp app;
    private static String base;
    private static String ready;

    @BeforeAll
    static void startTheDatabaseAndTheApp() throws Exception {
        dataDirectory = Path.of("target", NAME + "-pgdata").toAbsolutePath();
        deleteRecursively(dataDirectory);
        databasePort = PackagedApp.freePort();
        database = startDatabase();
        try (Connection admin = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("create role " + OWNER + " login password 'owner'");
            sql.execute("create role " + APP + " login password 'app'");
            sql.execute("create database followthrough owner " + OWNER);
        }
        app = PackagedApp.start(NAME, Map.of(
                "QUARKUS_PROFILE", "demo",
                "FOLLOWTHROUGH_DEMO_DATA", "false",
                "QUARKUS_DATASOURCE_JDBC_URL", url("followthrough"),
                "QUARKUS_DATASOURCE_USERNAME", APP,
                "QUARKUS_DATASOURCE_PASSWORD", "app",
                "QUARKUS_FLYWAY_USERNAME", OWNER,
                "QUARKUS_FLYWAY_PASSWORD", "owner",
                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", String.valueOf(POOL)));
        base = app.baseUrl();
        ready = app.readyUrl();
        app.awaitReady();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theApplicationsRoleReadsAndWritesRowsButCannotChangeOrEmptyTheSchema() throws Exception {
        lead().body(Map.of("name", "Role check partner")).contentType("application/json").post("/api/partners")
                .then().statusCode(201);
        try (Connection connection = DriverManager.getConnection(url("followthrough"), APP, "app");
             Statement sql = connection.createStatement()) {
            assertTrue(sql.executeQuery("select count(*) from progress_update").next(), "it reads");
            assertEquals(1, sql.executeUpdate("update partner set name = name where name = 'Role check partner'"),
                    "it writes");
            for (String forbidden : List.of("truncate progress_update", "truncate progress_update cascade",
                    "drop table partner", "alter table partner add column x int", "create table mine (i int)",
                    "delete from flyway_schema_history", "create index mine on partner (name)")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.execute(forbidden), forbidden);
                assertTrue(refused.getSQLState().startsWith("42"), forbidden + ": " + refused.getMessage());
            }
        }
        try (Connection connection = DriverManager.getConnection(url("followthrough"), OWNER, "owner");
             Statement sql = connection.createStatement()) {
            var owners = sql.executeQuery("select distinct tableowner from pg_tables where schemaname = 'public'");
            assertTrue(owners.next());
            assertEquals(OWNER, owners.getString(1), "Flyway created the tables as the owner");
            assertFalse(owners.next(), "and only the owner owns tables");
        }
    }

    @Test
    void aDatabaseRestartWithAWarmPoolCostsNoRequestAndAStoppedDatabaseAnswers503Quickly() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(POOL);
        try {
            // Warm the pool: as many requests at once as the pool has connections, several times over.
            for (int round = 0; round < 3; round++) {
                assertEquals(List.of(200), distinct(concurrently(clients, () -> lead().get("/api/partners").statusCode())));
            }

            database.close();
            database = startDatabase();
            List<Integer> afterRestart = concurrently(clients, () -> lead().get("/api/partners").statusCode());
            assertEquals(List.of(200), distinct(afterRestart), "every request after the restart succeeded: " + afterRestart);
            lead().get("/plans").then().statusCode(200);

            // Every kind of request once while the database is up, so that none of them is answered for the first
            // time (and so slowly, on a loaded machine) while it is down.
            lead().body(Map.of("name", "Before the outage")).contentType("application/json").post("/api/partners")
                    .then().statusCode(201);

            database.close();
            database = null;
            within(FIRST_AFTER_OUTAGE, "the first API request", () -> lead().get("/api/partners").then().statusCode(503)
                    .contentType(containsString("application/problem+json"))
                    .header("Retry-After", equalTo("30"))
                    .body("status", equalTo(503)).body("title", equalTo("Service unavailable")));
            within(QUICKLY, "a write", () -> lead().body(Map.of("name", "While down"))
                    .contentType("application/json").post("/api/partners")
                    .then().statusCode(503).contentType(containsString("application/problem+json")));
            within(QUICKLY, "a page", () -> lead().get("/plans").then().statusCode(503)
                    .contentType(containsString("text/html"))
                    .header("Retry-After", equalTo("30"))
                    .body(containsString("Sorry, the service is unavailable"))
                    .body(containsString("class=\"govuk-heading-l\"")));
            List<Integer> whileDown = concurrently(clients, () -> lead().get("/api/partners").statusCode());
            assertEquals(List.of(503), distinct(whileDown), "while down every request is a 503: " + whileDown);
            app.await(() -> PackagedApp.status(ready) == 503, "readiness went down with the database");
            RestAssured.get(ready).then().body("status", equalTo("DOWN"));

            // A database host that accepts connections and never answers (a hung server, a half-open network): the
            // pool's acquisition timeout (2 s) decides, not the driver's defaults, which would wait for ever.
            try (SilentServer silent = new SilentServer(databasePort)) {
                within(QUICKLY, "the API with a silent database", () -> lead().get("/api/partners")
                        .then().statusCode(503).contentType(containsString("application/problem+json")));
            }
            assertFalse(app.log().contains("Unexpected failure"),
                    "no 500 was logged while the database was away");

            database = startDatabase();
            lead().get("/api/partners").then().statusCode(200);
            app.await(() -> PackagedApp.status(ready) == 200, "readiness came back with the database");
        } finally {
            clients.shutdownNow();
            if (database == null) {
                database = startDatabase();
            }
        }
    }

    private static io.restassured.specification.RequestSpecification lead() {
        return RestAssured.given().baseUri(base).auth().preemptive().basic("lead", "lead").redirects().follow(false);
    }

    private static void within(Duration limit, String what, Runnable request) {
        Instant before = Instant.now();
        request.run();
        Duration took = Duration.between(before, Instant.now());
        assertTrue(took.compareTo(limit) < 0, what + " answered in " + took + ", more than " + limit);
    }

    /** Accepts connections on a port and never says a word. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<java.net.Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread acceptor;

        SilentServer(int port) throws IOException {
            socket = new ServerSocket(port);
            acceptor = new Thread(() -> {
                try {
                    while (!socket.isClosed()) {
                        accepted.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // closed by close()
                }
            }, "silent-database");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (java.net.Socket s : accepted) {
                s.close();
            }
        }
    }

    private static List<Integer> concurrently(ExecutorService clients, Callable<Integer> request) throws Exception {
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            answers.add(clients.submit(request));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }

    private static List<Integer> distinct(List<Integer> statuses) {
        return statuses.stream().distinct().sorted().toList();
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + databasePort + "/" + database;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
