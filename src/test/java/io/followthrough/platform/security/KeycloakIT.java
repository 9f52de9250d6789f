package io.followthrough.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.PackagedApp;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Sign-in through a real identity provider, end to end: Keycloak 26 (the distribution Maven unpacks into target/
 * before the integration tests) with the realm of {@code deploy/keycloak-realm.json} and one user per role, and the
 * packaged jar in production mode pointed at it. Each role signs in through the code flow in Chromium and gets its own
 * access; the API takes bearer tokens from the password grant. Keycloak 26 needs Java 21 or newer: without one (or
 * without the distribution or Chromium) the test is skipped with the reason, except under CI, where it fails.
 */
class KeycloakIT {

    private static final Path KEYCLOAK_HOME = Path.of(System.getProperty("keycloak.home",
            "target/keycloak/keycloak-26.5.6"));
    private static final Path REALM = Path.of("deploy", "keycloak-realm.json");
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final List<String> ROLES = List.of(Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR);
    /** Made for this run only: the realm file in deploy/ has no users and no passwords. */
    private static final String PASSWORD = UUID.randomUUID().toString();

    private static EmbeddedPostgres database;
    private static Process keycloak;
    private static PackagedApp app;
    private static BrowserSession browser;
    private static String keycloakUrl;
    private static String clientSecret;

    @BeforeAll
    static void startKeycloakAndTheApp() throws Exception {
        Path java = java21OrNewer().orElseGet(() -> cannotRun("Keycloak 26 needs Java 21 or newer, and none was found"
                + " (looked at KEYCLOAK_JAVA_HOME, JAVA_HOME, this JVM and /usr/lib/jvm/*)."
                + " Install one, e.g. Temurin 25 in /usr/lib/jvm/temurin-25-jdk-amd64."));
        if (!Files.exists(KEYCLOAK_HOME.resolve("bin/kc.sh"))) {
            cannotRun("No Keycloak at " + KEYCLOAK_HOME + ": './mvnw verify' unpacks org.keycloak:keycloak-quarkus-dist"
                    + " there before the integration tests (unless -DskipKeycloak=true).");
        }
        int keycloakPort = PackagedApp.freePort();
        int appPort = PackagedApp.freePort();
        keycloakUrl = "http://localhost:" + keycloakPort;
        writeRealm(appPort);
        keycloak = startKeycloak(java, keycloakPort);

        database = EmbeddedPostgres.builder().start();
        app = PackagedApp.start("keycloak", appPort, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "OIDC_AUTH_SERVER_URL", keycloakUrl + "/realms/followthrough",
                "OIDC_CLIENT_ID", "followthrough",
                "OIDC_CLIENT_SECRET", clientSecret));
        app.awaitReady();
        awaitKeycloak();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                keycloak.destroyForcibly();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void eachRoleSignsInThroughTheCodeFlowAndHasItsOwnAccess() {
        browser = BrowserSession.open(app.baseUrl());
        for (String role : ROLES) {
            Page page = browser.anonymous(1024);
            try {
                page.navigate("/people");
                assertTrue(page.url().startsWith(keycloakUrl + "/realms/followthrough/"),
                        role + ": a page sends someone not signed in to the identity provider, not " + page.url());
                page.locator("#username").fill(userName(role));
                page.locator("#password").fill(PASSWORD);
                page.locator("#kc-login").click();
                page.waitForURL(app.baseUrl() + "/people");

                assertEquals("People and partners", page.locator("h1").innerText(), role);
                assertEquals(1, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign out"))
                        .count(), role + " is signed in");
                boolean lead = role.equals(Roles.LEAD);
                assertEquals(lead ? 1 : 0, page.getByRole(AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Add a person")).count(), role + ": the lead-only link");
                assertEquals(role.equals(Roles.COUNCILLOR) ? 0 : 1, page.getByRole(AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("My actions")).count(), role + ": My actions");

                Response leadPage = page.navigate("/people/new");
                assertEquals(lead ? 200 : 403, leadPage.status(), role + " on a page only the lead may use");
            } finally {
                page.context().close();
            }
        }
    }

    @Test
    void theApiTakesBearerTokensFromThePasswordGrant() {
        api().get("/api/partners").then().statusCode(401);
        api().auth().oauth2("not-a-token").get("/api/partners").then().statusCode(401);
        for (String role : ROLES) {
            String token = accessToken(role);
            api().auth().oauth2(token).get("/api/partners").then().statusCode(200);
            api().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("name", "Partner added by " + role)).post("/api/partners")
                    .then().statusCode(role.equals(Roles.LEAD) ? 201 : 403);
        }
    }

    private static RequestSpecification api() {
        return RestAssured.given().baseUri(app.baseUrl()).redirects().follow(false);
    }

    private static String accessToken(String role) {
        return RestAssured.given().formParam("grant_type", "password")
                .formParam("client_id", "followthrough").formParam("client_secret", clientSecret)
                .formParam("username", userName(role)).formParam("password", PASSWORD)
                .formParam("scope", "openid")
                .post(keycloakUrl + "/realms/followthrough/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String userName(String role) {
        return "test-" + role;
    }

    /**
     * The realm as deployed, plus one user per role (Keycloak's password grant needs an e-mail address, a first and
     * last name and a password that is not temporary) and the redirect address of the app under test.
     */
    private static void writeRealm(int appPort) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(REALM.toFile());
        ObjectNode client = (ObjectNode) realm.get("clients").get(0);
        clientSecret = client.get("secret").asText();
        client.putArray("redirectUris").add("http://localhost:" + appPort + "/*");
        client.putArray("webOrigins").add("http://localhost:" + appPort);
        ArrayNode users = realm.putArray("users");
        for (String role : ROLES) {
            ObjectNode user = users.addObject();
            user.put("username", userName(role)).put("enabled", true).put("emailVerified", true)
                    .put("email", userName(role) + "@example.gov.uk").put("firstName", "Test")
                    .put("lastName", role.substring(0, 1).toUpperCase() + role.substring(1));
            user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD)
                    .put("temporary", false);
            user.putArray("realmRoles").add(role);
        }
        Path data = KEYCLOAK_HOME.resolve("data");
        deleteRecursively(data);
        Files.createDirectories(data.resolve("import"));
        json.writeValue(data.resolve("import").resolve("followthrough-realm.json").toFile(), realm);
    }

    private static Process startKeycloak(Path javaHome, int port) throws IOException {
        File log = Path.of("target", "keycloak-it.log").toFile();
        ProcessBuilder builder = new ProcessBuilder("bash", KEYCLOAK_HOME.resolve("bin/kc.sh").toString(),
                "start-dev", "--http-port=" + port, "--http-management-port=" + PackagedApp.freePort(),
                "--import-realm")
                .redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("PATH", javaHome.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        builder.environment().remove("JAVA_OPTS");
        return builder.start();
    }

    private static void awaitKeycloak() throws InterruptedException {
        String discovery = keycloakUrl + "/realms/followthrough/.well-known/openid-configuration";
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (PackagedApp.status(discovery) != 200) {
            if (!keycloak.isAlive()) {
                fail("Keycloak stopped before it was ready (see target/keycloak-it.log)");
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Keycloak was not ready within " + START_LIMIT + " (see target/keycloak-it.log)");
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    /** A JDK or JRE of release 21 or newer: the one named, this one, or one of the usual place for them. */
    private static Optional<Path> java21OrNewer() {
        List<Path> candidates = new ArrayList<>();
        Stream.of(System.getenv("KEYCLOAK_JAVA_HOME"), System.getenv("JAVA_HOME"), System.getProperty("java.home"))
                .filter(home -> home != null && !home.isBlank()).map(Path::of).forEach(candidates::add);
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            installed.sorted(Comparator.reverseOrder()).forEach(candidates::add);
        } catch (IOException none) {
            // no JVMs installed there
        }
        return candidates.stream().filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> release(home) >= 21).findFirst();
    }

    private static int release(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException unknown) {
            // not a JDK we can read the release of
        }
        return 0;
    }

    private static <T> T cannotRun(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
        return null;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
