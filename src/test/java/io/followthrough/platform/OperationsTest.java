package io.followthrough.platform;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** What a hosting team scrapes and probes, on the management port, and not on the public one. */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/info", management = true)
    URL info;

    @Test
    void readinessChecksTheDatabase() {
        RestAssured.get(readiness).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        RestAssured.get(liveness).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsCoverHttpTheConnectionPoolAndTheJvm() {
        RestAssured.given().basePath("").get("/api/plans").then().statusCode(401);
        RestAssured.get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void infoNamesTheApplicationAndItsVersion() {
        RestAssured.get(info).then().statusCode(200)
                .body("build.artifact", equalTo("followthrough"))
                .body("build.version", notNullValue());
    }

    @Test
    void nothingOperationalIsServedOnThePublicPort() {
        RestAssured.get("/q/metrics").then().statusCode(404);
        RestAssured.get("/q/info").then().statusCode(404);
    }
}
