package io.followthrough.platform.web;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** A body that cannot be read is the sender's mistake: 400 with an explanation, never a 500. */
@QuarkusTest
class MalformedBodiesTest {

    private static final String BOUNDARY = "----followthrough-test";
    private static final String TRUNCATED_MULTIPART = "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"update\"\r\n"
            + "Content-Type: application/json\r\n\r\n"
            + "{\"narrative\": \"Protocol dra";

    @Test
    void aBadPercentEscapeInTheSignInFormIsABadRequestPage() {
        Browser browser = Browser.anonymous();
        String token = browser.csrfFrom(browser.get("/sign-in").asString());
        browser.request().header("X-CSRF-TOKEN", token)
                .contentType("application/x-www-form-urlencoded")
                .body("userName=%zz&password=lead")
                .post("/sign-in")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("govuk-heading-l"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aJsonBodyToTheSignInFormIsRefusedAsTheWrongMediaType() {
        // The sign-in page was shown again for the missing fields, and failed to render without a CSRF token.
        RestAssured.given().redirects().follow(false).contentType("application/json").body("{}")
                .post("/sign-in").then().statusCode(415);
    }

    @Test
    void aFormOfOnlySeparatorsIsABadRequestPage() {
        Review review = Fixtures.review();
        Person lead = Fixtures.personSigningInAs("lead");
        Plan plan = Fixtures.plan(review, lead);
        Browser browser = Browser.signedInAs("lead");
        String token = browser.csrfFrom(browser.get("/plans/" + plan.id + "/reports/new").asString());
        browser.request().header("X-CSRF-TOKEN", token)
                .contentType("application/x-www-form-urlencoded")
                .body("&&&===")
                .post("/plans/{id}/reports", plan.id)
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aFormOfOnlySeparatorsToAPageThatReadsTheWholeFormIsNoFailure() {
        // The report and import editors read the form as a map, whose built-in reader failed with a 500 on this.
        Browser browser = Browser.signedInAs("lead");
        String token = browser.csrfFrom(browser.get("/imports/new").asString());
        for (String page : new String[] {"/reports/999999", "/reports/999999/publish", "/imports/999999"}) {
            browser.request().header("X-CSRF-TOKEN", token)
                    .contentType("application/x-www-form-urlencoded")
                    .body("&&&===")
                    .post(page)
                    .then().statusCode(404).contentType(containsString("text/html"))
                    .body(not(containsString("Exception")));
            browser.request().header("X-CSRF-TOKEN", token)
                    .contentType("application/x-www-form-urlencoded")
                    .body("text=%zz")
                    .post(page)
                    .then().statusCode(400).body(not(containsString("Exception")));
            RestAssured.given().auth().preemptive().basic("lead", "lead").contentType("application/json")
                    .body("{\"text\": \"a JSON body where a form belongs\"}")
                    .post(page)
                    .then().statusCode(415);
        }
    }

    @Test
    void aTruncatedMultipartToTheApiIsAProblem() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        Action action = Fixtures.action(plan, lead).create();
        RestAssured.given().auth().preemptive().basic("lead", "lead")
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(TRUNCATED_MULTIPART.getBytes(StandardCharsets.UTF_8))
                .post("/api/actions/{id}/updates", action.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void aTruncatedMultipartToAPageIsABadRequestPage() {
        Browser browser = Browser.signedInAs("lead");
        String token = browser.csrfFrom(browser.get("/imports/new").asString());
        browser.request().header("X-CSRF-TOKEN", token)
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(TRUNCATED_MULTIPART.getBytes(StandardCharsets.UTF_8))
                .post("/imports")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aBadPercentEscapeToTheApiIsAProblem() {
        RestAssured.given().auth().preemptive().basic("lead", "lead")
                .contentType("application/x-www-form-urlencoded")
                .body("title=%zz")
                .post("/api/plans")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
