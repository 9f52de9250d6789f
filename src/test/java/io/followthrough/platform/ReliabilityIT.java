package io.followthrough.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.review.importing.ImportSamples;
import io.followthrough.support.PackagedApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reliability probes a council's hosting team runs before it takes the service on, against the packaged jar as
 * production runs it: Flyway migrates as the schema's owner, the application connects as a role that may only read
 * and write rows, on a PostgreSQL of the test's own that it can restart, stop and replace with a server that never
 * answers. Each probe asserts what must hold and adds a row to the table printed at the end (and written to
 * {@code target/reliability.md}):
 *
 * <ul>
 *     <li>the application's database role cannot change or empty the schema;</li>
 *     <li>two writers appending progress updates to one action, status and RAG varying: none refused, none lost, and
 *     the action follows the newest;</li>
 *     <li>malformed JSON, form and multipart bodies on every operation of the OpenAPI document with a body, and on
 *     the sign-in form: a 4xx every time;</li>
 *     <li>review documents of every kind, mutated (bytes flipped, cut short, spliced, zeroed), uploaded for import:
 *     a 4xx or a draft every time, within the import's time limit;</li>
 *     <li>the role matrix, every operation of the OpenAPI document as each role and as nobody: no 5xx, and nobody is
 *     refused everything but the sign-in page and the calendar feeds;</li>
 *     <li>{@code kill -9} under three writers: every acknowledged update is there after the restart;</li>
 *     <li>a database restart with a warm pool costs no request;</li>
 *     <li>while the database is stopped or silent, the API answers 503 problem+json and pages the "service
 *     unavailable" page, quickly, and readiness is DOWN; when it is back, everything works again by itself.</li>
 * </ul>
 *
 * <p>Quick sizes by default, so that it runs in {@code ./mvnw verify}; {@code ./mvnw verify -Preliability} runs this
 * suite alone at full size (README, "Reliability probes"). The sizes are system properties: {@code
 * reliability.appends}, {@code reliability.kill-seconds}, {@code reliability.fuzzed-files} and {@code
 * reliability.seed} (the fuzzing's random seed, printed with the table so that a failure can be repeated).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

    private static final int APPENDS = Integer.getInteger("reliability.appends", 200);
    private static final int KILL_SECONDS = Integer.getInteger("reliability.kill-seconds", 5);
    private static final int FUZZED_FILES = Integer.getInteger("reliability.fuzzed-files", 60);
    private static final long SEED = Long.getLong("reliability.seed", 20261202L);

    private static final String OWNER = "followthrough_owner";
    private static final String APP = "followthrough_app";
    private static final int POOL = 20;
    private static final List<String> ROLES = List.of("lead", "officer", "slt", "councillor");
    /** What anyone may open: the sign-in page, and calendar feeds, which their secret token in the path protects. */
    private static final List<String> PUBLIC = List.of("/sign-in", "/calendar/");
    /**
     * A 503 takes the pool's acquisition timeout (2 s) at most, plus the time to answer. The bounds are loose because a
     * shared 2-core build machine can be slow to do anything; they still tell "answers" from "hangs until a proxy or
     * the client gives up". The first request after the database went away also finds every pooled connection dead
     * and drops them one by one (about 10 s for 20 of them on a machine with a load of 30, well under 1 s otherwise).
     */
    private static final Duration QUICKLY = Duration.ofSeconds(6);
    private static final Duration FIRST_AFTER_OUTAGE = Duration.ofSeconds(20);
    /** The import's own time limit is 30 s; an answer later than this is a hang. */
    private static final Duration IMPORT_LIMIT = Duration.ofSeconds(45);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private static final Map<String, String[]> TABLE = new LinkedHashMap<>();

    private static Path dataDirectory;
    private static int databasePort;
    private static EmbeddedPostgres database;
    private static Map<String, String> environment;
    private static PackagedApp app;
    private static int starts;
    private static List<Long> actions;

    @BeforeAll
    static void startTheDatabaseAndTheApp() throws Exception {
        dataDirectory = Path.of("target", "reliability-pgdata").toAbsolutePath();
        deleteRecursively(dataDirectory);
        databasePort = PackagedApp.freePort();
        database = startDatabase();
        try (Connection admin = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("create role " + OWNER + " login password 'owner'");
            sql.execute("create role " + APP + " login password 'app'");
            sql.execute("create database followthrough owner " + OWNER);
        }
        // The demo profile: demo accounts over HTTP Basic and the demo plan, on the test's database.
        environment = Map.of(
                "QUARKUS_PROFILE", "demo",
                "QUARKUS_DATASOURCE_JDBC_URL", url("followthrough"),
                "QUARKUS_DATASOURCE_USERNAME", APP,
                "QUARKUS_DATASOURCE_PASSWORD", "app",
                "QUARKUS_FLYWAY_USERNAME", OWNER,
                "QUARKUS_FLYWAY_PASSWORD", "owner",
                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", String.valueOf(POOL));
        startTheApp();
        JsonNode plans = json(get("/api/plans", "lead"));
        long plan = plans.get("items").get(0).get("id").asLong();
        actions = new ArrayList<>();
        json(get("/api/plans/" + plan + "/actions?size=10", "lead")).get("items")
                .forEach(action -> actions.add(action.get("id").asLong()));
        assertTrue(actions.size() >= 4, "the demo plan has actions to write to");
    }

    @AfterAll
    static void stopEverythingAndPrintTheTable() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
        StringBuilder table = new StringBuilder("Reliability probes (appends " + APPENDS + ", kill after "
                + KILL_SECONDS + " s, fuzzed files " + FUZZED_FILES + ", seed " + SEED + ")\n\n"
                + "| Probe | Result | Took |\n|---|---|---|\n");
        TABLE.forEach((probe, row) -> table.append("| ").append(probe).append(" | ").append(row[0]).append(" | ")
                .append(row[1]).append(" |\n"));
        Files.writeString(Path.of("target", "reliability.md"), table);
        System.out.println();
        System.out.println(table);
    }

    @Test
    @Order(1)
    void theApplicationsRoleReadsAndWritesRowsButCannotChangeOrEmptyTheSchema() throws Exception {
        Instant started = Instant.now();
        List<String> forbidden = List.of("truncate progress_update", "truncate progress_update cascade",
                "drop table partner", "alter table partner add column x int", "create table mine (i int)",
                "delete from flyway_schema_history", "create index mine on partner (name)");
        assertEquals(201, post("/api/partners", "lead", "{\"name\": \"Role check partner\"}").statusCode());
        try (Connection connection = DriverManager.getConnection(url("followthrough"), APP, "app");
             Statement sql = connection.createStatement()) {
            assertTrue(sql.executeQuery("select count(*) from progress_update").next(), "it reads");
            assertEquals(1, sql.executeUpdate("update partner set name = name where name = 'Role check partner'"),
                    "it writes");
            for (String statement : forbidden) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement), statement);
                assertTrue(refused.getSQLState().startsWith("42"), statement + ": " + refused.getMessage());
            }
        }
        try (Connection connection = DriverManager.getConnection(url("followthrough"), OWNER, "owner");
             Statement sql = connection.createStatement()) {
            var owners = sql.executeQuery("select distinct tableowner from pg_tables where schemaname = 'public'");
            assertTrue(owners.next());
            assertEquals(OWNER, owners.getString(1), "Flyway created the tables as the owner");
            assertFalse(owners.next(), "and only the owner owns tables");
        }
        record("the application's database role", "reads and writes rows; all " + forbidden.size()
                + " of TRUNCATE, DROP, ALTER, CREATE and deleting Flyway's history refused; the owner owns every table",
                started);
    }

    @Test
    @Order(2)
    void twoWritersAppendingToOneActionAreNeitherRefusedNorLost() throws Exception {
        Instant started = Instant.now();
        long action = actions.get(0);
        long before = updatesOf(action);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Integer> codes;
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < APPENDS; i++) {
                int n = i;
                answers.add(writers.submit(() -> append(action, n)));
            }
            codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(2, TimeUnit.MINUTES));
            }
        } finally {
            writers.shutdownNow();
        }
        long acknowledged = codes.stream().filter(code -> code == 201).count();
        long present = updatesOf(action) - before;
        JsonNode current = json(get("/api/actions/" + action + "?include=updates", "lead"));
        JsonNode newest = current.get("updates").get(0);
        record("two writers, " + APPENDS + " appends to one action, status and RAG varying",
                (APPENDS - acknowledged) + " refused" + (acknowledged == APPENDS ? ""
                        : " " + distinct(codes.stream().filter(c -> c != 201).toList())) + ", " + (acknowledged - present) + " of " + acknowledged + " lost; the action follows the"
                        + " newest update", started);
        assertEquals(List.of(201), distinct(codes), "every append was acknowledged");
        assertEquals(acknowledged, present, "every acknowledged append is there");
        assertEquals(newest.get("status").asText(), current.get("status").asText(), "status follows the newest");
        assertEquals(newest.get("rag").asText(), current.get("rag").asText(), "RAG follows the newest");
    }

    @Test
    @Order(3)
    void malformedBodiesAreRefusedWith4xxOnEveryOperation() throws Exception {
        Instant started = Instant.now();
        Map<String, String> bodies = Map.of(
                "application/json", "{\"",
                "application/x-www-form-urlencoded", "&&&===%zz",
                "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"");
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations()) {
            if (!operation.hasBody()) {
                continue;
            }
            for (var body : bodies.entrySet()) {
                sent++;
                int code = send(operation.method(), operation.concretePath(), "lead", body.getKey(),
                        body.getValue().getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(60)).statusCode();
                if (code >= 500 || code < 400) {
                    failures.add(operation + " " + body.getKey().split(";")[0] + ": " + code);
                }
            }
        }
        for (String body : List.of("userName=%zz&password=x", "&&&===")) {
            sent++;
            int code = send("POST", "/sign-in", null, "application/x-www-form-urlencoded",
                    body.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(60)).statusCode();
            if (code >= 500 || code < 400) {
                failures.add("POST /sign-in: " + code);
            }
        }
        record("malformed JSON, form and multipart bodies on every operation with one, and the sign-in form",
                sent + " sent, " + failures.size() + " not answered 4xx" + examples(failures), started);
        assertEquals(List.of(), failures);
    }

    @Test
    @Order(4)
    void mutatedReviewDocumentsAreImportedOrRefusedWithoutA5xxOrAHang() throws Exception {
        Instant started = Instant.now();
        List<ImportSamples.Sample> samples = ImportSamples.all();
        Random random = new Random(SEED);
        Map<Integer, Integer> answers = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Duration slowest = Duration.ZERO;
        for (int i = 0; i < FUZZED_FILES; i++) {
            ImportSamples.Sample sample = samples.get(i % samples.size());
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] file = mutation.apply(sample.bytes(), random);
            Instant sentAt = Instant.now();
            int code = upload(sample.fileName(), file).statusCode();
            Duration took = Duration.between(sentAt, Instant.now());
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
            answers.merge(code, 1, Integer::sum);
            if (code >= 500 || code < 200 || took.compareTo(IMPORT_LIMIT) > 0) {
                failures.add(sample.fileName() + " " + mutation + " (file " + i + "): " + code + " in "
                        + took.toMillis() + " ms");
            }
        }
        record(samples.size() + " review documents (PDF, Word, Markdown, text), mutated, uploaded for import",
                FUZZED_FILES + " files, answered " + answers + ", slowest " + slowest.toMillis() + " ms, "
                        + failures.size() + " answered 5xx or hung" + examples(failures), started);
        assertEquals(List.of(), failures);
        assertEquals(200, get("/api/imports?size=1", "lead").statusCode(), "the imports are listed, a page at a time");
    }

    @Test
    @Order(5)
    void everyRoleIsEnforcedOnEveryOperation() throws Exception {
        Instant started = Instant.now();
        int sent = 0;
        int refusals = 0;
        List<String> failures = new ArrayList<>();
        List<String> answeredNobody = new ArrayList<>();
        List<Operation> operations = operations();
        for (Operation operation : operations) {
            if (operation.path().startsWith("/q/")) {
                continue;
            }
            List<String> users = new ArrayList<>(ROLES);
            users.add(null);
            for (String user : users) {
                sent++;
                byte[] body = operation.hasBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null;
                int code = send(operation.method(), operation.concretePath(), user, operation.produces(),
                        "application/json", body, Duration.ofSeconds(60)).statusCode();
                if (code >= 500 || code < 0) {
                    failures.add((user == null ? "nobody" : user) + " " + operation + ": " + code);
                }
                if (user == null && PUBLIC.stream().noneMatch(operation.path()::startsWith)) {
                    // Refused: 401, or a redirect to the sign-in page for a page; 403 (no CSRF token) and 415 refuse
                    // before that.
                    boolean page = !operation.path().startsWith("/api/");
                    if (code == 401 || code == 403 || code == 415 || (page && (code == 302 || code == 303))) {
                        refusals++;
                    } else {
                        answeredNobody.add(operation + ": " + code);
                    }
                }
            }
        }
        record("the role matrix, " + operations.size() + " operations as each of " + ROLES.size()
                        + " roles and as nobody",
                sent + " requests, " + failures.size() + " answered 5xx; nobody refused " + refusals
                        + " times, answered " + answeredNobody.size() + " times" + examples(failures)
                        + examples(answeredNobody), started);
        assertEquals(List.of(), failures);
        assertEquals(List.of(), answeredNobody);
    }

    @Test
    @Order(6)
    void killingTheProcessUnderWritesLosesNoAcknowledgedUpdate() throws Exception {
        Instant started = Instant.now();
        List<Long> written = actions.subList(1, 4);
        Map<Long, Long> before = new LinkedHashMap<>();
        for (long action : written) {
            before.put(action, updatesOf(action));
        }
        Map<Long, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(written.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (long action : written) {
                acknowledged.put(action, new AtomicInteger());
                running.add(writers.submit(() -> {
                    // Until the process is gone: an answer after the kill cannot be a 201.
                    for (int i = 0; ; i++) {
                        int code = append(action, i);
                        if (code == 201) {
                            acknowledged.get(action).incrementAndGet();
                        } else if (code >= 0) {
                            refused.incrementAndGet();
                        } else if (killed.get()) {
                            return null;
                        }
                    }
                }));
            }
            TimeUnit.SECONDS.sleep(KILL_SECONDS);
            app.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            killed.set(true);
            for (Future<?> writer : running) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
        startTheApp();
        long total = acknowledged.values().stream().mapToLong(AtomicInteger::get).sum();
        long present = 0;
        for (long action : written) {
            present += updatesOf(action) - before.get(action);
        }
        record("kill -9 after " + KILL_SECONDS + " s under " + written.size() + " writers",
                total + " acknowledged, " + present + " present, " + Math.max(0, total - present) + " lost, "
                        + refused + " refused", started);
        assertTrue(total > 0, "the writers wrote before the kill");
        assertEquals(0, refused.get(), "no append was refused before the kill");
        assertTrue(present >= total, total + " acknowledged, only " + present + " present");
    }

    @Test
    @Order(7)
    void aDatabaseRestartWithAWarmPoolCostsNoRequest() throws Exception {
        Instant started = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(POOL);
        try {
            // Warm the pool: as many requests at once as the pool has connections, several times over.
            for (int round = 0; round < 3; round++) {
                assertEquals(List.of(200), distinct(concurrently(clients, () -> get("/api/partners", "lead").statusCode())));
            }
            database.close();
            database = startDatabase();
            List<Integer> afterRestart = concurrently(clients, () -> get("/api/partners", "lead").statusCode());
            int page = get("/plans", "lead").statusCode();
            record("database restart with a warm pool of " + POOL, afterRestart.stream().filter(c -> c == 200).count()
                    + " of " + POOL + " concurrent requests after the restart answered 200, then a page " + page,
                    started);
            assertEquals(List.of(200), distinct(afterRestart), "every request after the restart succeeded");
            assertEquals(200, page);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @Order(8)
    void aStoppedOrSilentDatabaseIsAnswered503QuicklyAndRecoveredFromByItself() throws Exception {
        Instant started = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(POOL);
        try {
            // Every kind of request once while the database is up, so that none of them is answered for the first
            // time (and so slowly, on a loaded machine) while it is down.
            assertEquals(201, post("/api/partners", "lead", "{\"name\": \"Before the outage\"}").statusCode());
            assertEquals(200, get("/plans", "lead").statusCode());

            database.close();
            database = null;
            Timed<HttpResponse<String>> firstApi = timed(() -> get("/api/partners", "lead"));
            assertEquals(503, firstApi.value().statusCode());
            assertTrue(firstApi.value().headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json"));
            assertEquals("30", firstApi.value().headers().firstValue("Retry-After").orElse(null));
            JsonNode problem = json(firstApi.value());
            assertEquals(503, problem.get("status").asInt());
            assertEquals("Service unavailable", problem.get("title").asText());
            assertFaster(FIRST_AFTER_OUTAGE, "the first API request", firstApi.took());

            Timed<HttpResponse<String>> write = timed(() -> post("/api/partners", "lead", "{\"name\": \"While down\"}"));
            assertEquals(503, write.value().statusCode());
            assertFaster(QUICKLY, "a write", write.took());

            Timed<HttpResponse<String>> page = timed(() -> get("/plans", "lead"));
            assertEquals(503, page.value().statusCode());
            assertTrue(page.value().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals("30", page.value().headers().firstValue("Retry-After").orElse(null));
            assertTrue(page.value().body().contains("Sorry, the service is unavailable"), page.value().body());
            assertTrue(page.value().body().contains("class=\"govuk-heading-l\""));
            assertFaster(QUICKLY, "a page", page.took());

            List<Integer> whileDown = concurrently(clients, () -> get("/api/partners", "lead").statusCode());
            assertEquals(List.of(503), distinct(whileDown), "while down every request is a 503");
            app.await(() -> PackagedApp.status(app.readyUrl()) == 503, "readiness went down with the database");

            // A database host that accepts connections and never answers (a hung server, a half-open network): the
            // pool's acquisition timeout (2 s) decides, not the driver's defaults, which would wait for ever.
            Timed<HttpResponse<String>> silent;
            try (SilentServer ignored = new SilentServer(databasePort)) {
                silent = timed(() -> get("/api/partners", "lead"));
            }
            assertEquals(503, silent.value().statusCode());
            assertFaster(QUICKLY, "the API with a silent database", silent.took());
            assertFalse(app.log().contains("Unexpected failure"), "no 500 was logged while the database was away");

            database = startDatabase();
            int back = get("/api/partners", "lead").statusCode();
            app.await(() -> PackagedApp.status(app.readyUrl()) == 200, "readiness came back with the database");
            record("database stopped, then a server that never answers",
                    "API 503 problem+json (first in " + firstApi.took().toMillis() + " ms, a write in "
                            + write.took().toMillis() + " ms), page 503 in " + page.took().toMillis() + " ms, "
                            + POOL + " of " + POOL + " concurrent 503, readiness DOWN; silent server 503 in "
                            + silent.took().toMillis() + " ms; once back " + back + " and readiness UP", started);
            assertEquals(200, back);
        } finally {
            clients.shutdownNow();
            if (database == null) {
                database = startDatabase();
            }
        }
    }

    // The probes' requests.

    private static int append(long action, int i) throws IOException, InterruptedException {
        String[] statuses = {"IN_PROGRESS", "ONGOING", "NOT_STARTED"};
        String[] rags = {"GREEN", "AMBER", "RED"};
        String rag = rags[i % rags.length];
        var body = JSON.createObjectNode().put("narrative", "Reliability probe update " + i)
                .put("status", statuses[i % statuses.length]).put("rag", rag)
                .put("reason", rag.equals("GREEN") ? null : "Probe");
        return post("/api/actions/" + action + "/updates", "lead", body.toString()).statusCode();
    }

    private static long updatesOf(long action) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/actions/" + action + "/updates?size=1", "lead");
        assertEquals(200, response.statusCode(), response.body());
        return json(response).get("total").asLong();
    }

    private static HttpResponse<String> upload(String fileName, byte[] content) throws IOException,
            InterruptedException {
        String boundary = "reliability" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", "/api/imports", "lead", "multipart/form-data; boundary=" + boundary, body.toByteArray(),
                IMPORT_LIMIT.plusSeconds(30));
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send("GET", path, user, null, null, Duration.ofSeconds(60));
    }

    private static HttpResponse<String> post(String path, String user, String json) throws IOException,
            InterruptedException {
        return send("POST", path, user, "application/json", json.getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(60));
    }

    /**
     * One request; pages are asked for HTML, the API for JSON. A connection refused or a timeout is status -1: the
     * probes count it (it is what a client sees of a process that is gone, or hangs), rather than stop on it.
     */
    private static HttpResponse<String> send(String method, String path, String user, String contentType, byte[] body,
                                             Duration timeout) throws IOException, InterruptedException {
        String accept = path.startsWith("/api/") || path.startsWith("/q/") ? "application/json" : "text/html";
        return send(method, path, user, accept, contentType, body, timeout);
    }

    private static HttpResponse<String> send(String method, String path, String user, String accept,
                                             String contentType, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(timeout)
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException refusedResetOrTimedOut) {
            return new Unanswered(request.build());
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** An operation of the OpenAPI document, and the kind of answer it gives (asked for in Accept). */
    private record Operation(String method, String path, boolean hasBody, String produces) {

        /** The path with 1 for every parameter: an id that may or may not exist, which the answer must cope with. */
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Operation> operations() throws IOException, InterruptedException {
        JsonNode document = json(get("/q/openapi?format=json", null));
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                String produces = path.getKey().startsWith("/api/") ? "application/json" : "text/html";
                for (JsonNode response : method.getValue().path("responses")) {
                    if (response.has("content")) {
                        produces = response.get("content").fieldNames().next();
                        break;
                    }
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
                        method.getValue().has("requestBody"), produces));
            }
        }));
        assertTrue(operations.size() > 50, "the OpenAPI document lists the operations: " + operations.size());
        return operations;
    }

    /** What a fuzzer does to a file a council uploads: the damage of a bad download, a bad disk, a bad program. */
    private enum Mutation {
        FLIPPED_BYTES {
            @Override
            byte[] apply(byte[] file, Random random) {
                byte[] out = file.clone();
                for (int n = 1 + random.nextInt(64); n > 0; n--) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
        },
        CUT_SHORT {
            @Override
            byte[] apply(byte[] file, Random random) {
                return java.util.Arrays.copyOf(file, random.nextInt(file.length));
            }
        },
        SPLICED {
            @Override
            byte[] apply(byte[] file, Random random) {
                int from = random.nextInt(file.length);
                int length = Math.min(file.length - from, 1 + random.nextInt(4096));
                int at = random.nextInt(file.length);
                ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + length);
                out.write(file, 0, at);
                out.write(file, from, length);
                out.write(file, at, file.length - at);
                return out.toByteArray();
            }
        },
        ZEROED {
            @Override
            byte[] apply(byte[] file, Random random) {
                byte[] out = file.clone();
                int from = random.nextInt(out.length);
                java.util.Arrays.fill(out, from, Math.min(out.length, from + 1 + random.nextInt(8192)), (byte) 0);
                return out;
            }
        },
        RANDOM_TAIL {
            @Override
            byte[] apply(byte[] file, Random random) {
                byte[] out = java.util.Arrays.copyOf(file, random.nextInt(file.length) + 1 + random.nextInt(2048));
                for (int i = file.length; i < out.length; i++) {
                    out[i] = (byte) random.nextInt(256);
                }
                return out;
            }
        };

        abstract byte[] apply(byte[] file, Random random);
    }

    // The app and its database.

    private static void startTheApp() throws Exception {
        starts++;
        app = PackagedApp.start("reliability-" + starts, environment);
        app.awaitReady();
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    private static String url(String name) {
        return "jdbc:postgresql://localhost:" + databasePort + "/" + name;
    }

    // Bookkeeping.

    private static void record(String probe, String result, Instant started) {
        TABLE.put(probe, new String[] {result, Duration.between(started, Instant.now()).toSeconds() + " s"});
        System.out.println(probe + ": " + result);
    }

    private static String examples(List<String> failures) {
        return failures.isEmpty() ? "" : ": " + failures.stream().limit(5).collect(Collectors.joining("; "));
    }

    private static List<Integer> distinct(List<Integer> statuses) {
        return statuses.stream().distinct().sorted().toList();
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

    private record Timed<T>(T value, Duration took) {
    }

    private static <T> Timed<T> timed(Callable<T> call) throws Exception {
        Instant before = Instant.now();
        T value = call.call();
        return new Timed<>(value, Duration.between(before, Instant.now()));
    }

    private static void assertFaster(Duration limit, String what, Duration took) {
        assertTrue(took.compareTo(limit) < 0, what + " answered in " + took + ", more than " + limit);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Accepts connections on a port and never says a word. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        SilentServer(int port) throws IOException {
            socket = new ServerSocket(port);
            Thread acceptor = new Thread(() -> {
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
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    /** What a client has of a request nobody answered: status -1 and no body. */
    private record Unanswered(HttpRequest request) implements HttpResponse<String> {

        @Override
        public int statusCode() {
            return -1;
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(Map.of(), (name, value) -> true);
        }

        @Override
        public String body() {
            return "";
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
