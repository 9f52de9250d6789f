package io.followthrough.platform.web;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * quarkus-rest-csrf checks only form bodies; a POST with no body at all is just as forgeable from another site, so it
 * must show the token too.
 */
@QuarkusTest
class BodilessCsrfTest {

    @Test
    void aBodilessPostWithOnlyTheSessionCookieIsRefused() {
        Person lead = Fixtures.personSigningInAs("lead");
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Browser browser = Browser.signedInAs("lead");
        browser.request().post("/plans/{id}/ready", plan.id)
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Nothing was saved"));
        browser.request().contentType("text/plain").body("x").post("/plans/{id}/ready", plan.id)
                .then().statusCode(403);
        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aBodilessPostWithTheTokenInItsHeaderOrItsOwnCredentialsIsChecked() {
        Person lead = Fixtures.personSigningInAs("lead");
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Browser browser = Browser.signedInAs("lead");
        String token = browser.csrfFrom(browser.get("/plans/" + plan.id + "/reports/new").asString());
        browser.request().header("X-CSRF-TOKEN", token).post("/plans/{id}/ready", plan.id)
                .then().statusCode(not(equalTo(403)));
        browser.request().header("X-CSRF-TOKEN", "chosen-by-someone-else").post("/plans/{id}/ready", plan.id)
                .then().statusCode(403);
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(not(equalTo(403)));
    }

    @Test
    void anApiBodilessPostWithOnlyTheSessionCookieChangesNothing() {
        Person lead = Fixtures.personSigningInAs("lead");
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Browser browser = Browser.signedInAs("lead");
        browser.request().post("/api/plans/{id}/ready", plan.id)
                .then().statusCode(anyOf(equalTo(401), equalTo(403)));
        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
    }
}
