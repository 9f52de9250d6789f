package io.followthrough.platform;

import io.followthrough.support.PackagedApp;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Two replicas of the packaged jar behind one address, on one PostgreSQL, as Kubernetes runs them: whichever replica
 * a request reaches, a person stays signed in (and signed out), their forms are accepted, a stale edit is refused, and
 * a published report version keeps the number it was given.
 */
class TwoReplicasIT {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private static EmbeddedPostgres database;
    private static PackagedApp a;
    private static PackagedApp b;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        database = EmbeddedPostgres.builder().start();
        // What every replica shares: the database and the keys (from one Secret on Kubernetes).
        Map<String, String> shared = Map.of(
                "QUARKUS_PROFILE", "demo",
                "QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "FOLLOWTHROUGH_DEMO_SESSION_KEY", UUID.randomUUID() + "-" + UUID.randomUUID(),
                "FOLLOWTHROUGH_CSRF_SESSION_KEY", UUID.randomUUID() + "-" + UUID.randomUUID());
        // Both start at once and both migrate: Flyway's lock in the database lets one do it. Only one loads the demo.
        a = PackagedApp.start("replica-a", with(shared, "FOLLOWTHROUGH_DEMO_DATA", "true"));
        b = PackagedApp.start("replica-b", with(shared, "FOLLOWTHROUGH_DEMO_DATA", "false"));
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (PackagedApp replica : new PackagedApp[] {a, b}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSessionSignedInOnOneReplicaWorksOnTheOtherAndSigningOutOnEitherEndsItOnBoth() {
        CookieFilter browser = new CookieFilter();
        String token = csrf(page(browser, a, "/sign-in").asString());
        String session = browse(browser, a).formParam("csrf-token", token).formParam("userName", "lead")
                .formParam("password", "lead").formParam("return", "/").post("/sign-in")
                .then().statusCode(303).extract().cookie("followthrough-demo-session");

        page(browser, b, "/people").then().statusCode(200).body(containsString("Sign out"));
        // A form served by one replica is accepted by the other: the CSRF token is bound to the session by a shared key.
        String form = csrf(page(browser, a, "/partners/new").asString());
        browse(browser, b).formParam("csrf-token", form).formParam("name", "Partner added through replica B")
                .post("/partners").then().statusCode(303);
        api(a).get("/api/partners?size=200").then().body("items.name", hasItem("Partner added through replica B"));

        page(browser, b, "/sign-out").then().statusCode(303);
        for (PackagedApp replica : List.of(a, b)) {
            RestAssured.given().baseUri(replica.baseUrl()).redirects().follow(false)
                    .cookie("followthrough-demo-session", session).get("/people")
                    .then().statusCode(302).header("Location", startsWith("/sign-in"));
        }
    }

    @Test
    void aStaleEditOnOneReplicaIsRefusedAfterAnEditOnTheOther() {
        long plan = api(a).get("/api/plans").then().statusCode(200).extract().<Integer>path("items[0].id");
        long action = api(a).get("/api/plans/{id}/actions", plan).then().statusCode(200)
                .extract().<Integer>path("items[0].id");
        Map<String, Object> readOnA = api(a).get("/api/actions/{id}", action).then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Object> readOnB = api(b).get("/api/actions/{id}", action).then().statusCode(200)
                .extract().as(Map.class);
        assertEquals(readOnA.get("version"), readOnB.get("version"));

        readOnB.put("title", "Edited through replica B");
        api(b).body(readOnB).put("/api/actions/{id}", action).then().statusCode(200);
        readOnA.put("title", "Edited through replica A from a stale copy");
        api(a).body(readOnA).put("/api/actions/{id}", action).then().statusCode(409)
                .contentType(containsString("application/problem+json"));

        api(a).get("/api/actions/{id}", action).then().body("title", equalTo("Edited through replica B"));
    }

    @Test
    void aVersionPublishedOnOneReplicaIsNeverRenumberedByTheOther() {
        long plan = api(a).get("/api/plans").then().extract().<Integer>path("items[0].id");
        long report = api(b).get("/api/plans/{id}/reports", plan).then().statusCode(200)
                .extract().<Integer>path("[0].id");
        List<Integer> before = api(a).get("/api/reports/{id}/versions", report).then().statusCode(200)
                .extract().path("number");

        edit(b, report, "Published through replica B");
        int onB = publish(b, report).then().statusCode(201).extract().path("number");
        edit(a, report, "Published through replica A");
        int onA = publish(a, report).then().statusCode(201).extract().path("number");
        assertEquals(before.size() + 1, onB);
        assertEquals(before.size() + 2, onA);

        // At the same moment on both: each gets a number of its own, none is taken twice, neither fails.
        edit(a, report, "Published through both at once");
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> publish(a, report));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> publish(b, report));
        Response one = first.join();
        Response two = second.join();
        assertEquals(201, one.statusCode(), one.asString());
        assertEquals(201, two.statusCode(), two.asString());
        assertNotEquals(one.<Integer>path("number"), two.<Integer>path("number"));

        List<Integer> onAList = api(a).get("/api/reports/{id}/versions", report).then().extract().path("number");
        List<Integer> onBList = api(b).get("/api/reports/{id}/versions", report).then().extract().path("number");
        assertEquals(onAList, onBList);
        assertEquals(before.size() + 4, onAList.size());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, onAList.size()).boxed().toList(), onAList,
                "numbered 1, 2, 3 and so on, with no number twice");
    }

    private static void edit(PackagedApp replica, long report, String text) {
        api(replica).body(Map.of("text", text)).put("/api/reports/{id}/sections/purpose", report)
                .then().statusCode(200);
    }

    private static Response publish(PackagedApp replica, long report) {
        return api(replica).body(Map.of("gapsReason", "Checked on two replicas")).post("/api/reports/{id}/publish",
                report);
    }

    private static RequestSpecification api(PackagedApp replica) {
        return RestAssured.given().baseUri(replica.baseUrl()).auth().preemptive().basic("lead", "lead")
                .contentType("application/json").redirects().follow(false);
    }

    /** A request from one browser (its cookies), to whichever replica it reaches. */
    private static RequestSpecification browse(CookieFilter browser, PackagedApp replica) {
        return RestAssured.given().baseUri(replica.baseUrl()).filter(browser).redirects().follow(false);
    }

    private static Response page(CookieFilter browser, PackagedApp replica, String path) {
        return browse(browser, replica).get(path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token in " + html);
        }
        return m.group(1);
    }

    private static Map<String, String> with(Map<String, String> shared, String name, String value) {
        Map<String, String> all = new HashMap<>(shared);
        all.put(name, value);
        return all;
    }
}
