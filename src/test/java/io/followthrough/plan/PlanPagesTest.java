package io.followthrough.plan;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PlanPagesTest {

    @Test
    void thePlanPageShowsItsActionsAndFiltersThem() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        Fixtures.action(plan, lead).title("Red action").rag(Rag.RED, "Blocked").create();
        Fixtures.action(plan, lead).title("Green action").create();

        Browser officer = Browser.signedInAs("officer");
        officer.get("/plans/" + plan.id).then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">" + plan.title + "</h1>"))
                .body(containsString("Red action")).body(containsString("Green action"))
                .body(not(containsString("Add an action")));
        officer.get("/plans/" + plan.id + "?rag=RED").then().statusCode(200)
                .body(containsString("Red action")).body(not(containsString("Green action")))
                .body(containsString("1 action matching the filters"));
        officer.get("/plans/" + plan.id + "?rag=AMBER").then().statusCode(200)
                .body(containsString("No actions match these filters."));
    }

    @Test
    void theLeadCreatesAPlanAndIsRedirectedToIt() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Browser browser = Browser.signedInAs("lead");
        String title = Fixtures.unique("Peer Review Action Plan");
        Response response = browser.submit("/plans/new", "/plans",
                Map.of("title", title, "kind", "REVIEW_ACTION_PLAN", "reviewIds", review.id, "leadId", lead.id));
        response.then().statusCode(303).header("Location", matchesPattern(".*/plans/\\d+"));
        browser.get(response.header("Location")).then().statusCode(200).body(containsString(title));
    }

    @Test
    void anInvalidPlanFormIsShownAgainWithItsErrors() {
        Browser browser = Browser.signedInAs("lead");
        browser.submit("/plans/new", "/plans", Map.of("title", "", "kind", "REVIEW_ACTION_PLAN"))
                .then().statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("Enter the plan&#39;s title"))
                .body(containsString("Choose the plan lead"))
                .body(containsString("<title>Create a plan (error)"));
    }

    @Test
    void onlyTheLeadMayOpenThePlanForms() {
        Browser.signedInAs("officer").get("/plans/new").then().statusCode(403);
        Browser.signedInAs("councillor").get("/plans/new").then().statusCode(403)
                .body(containsString("Not allowed"));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        Browser.anonymous().get("/plans").then().statusCode(302)
                .header("Location", containsString("/sign-in?return=%2Fplans"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndSavesNothing() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        String title = Fixtures.unique("Forged plan");
        Browser browser = Browser.signedInAs("lead");
        browser.request().formParams(Map.of("title", title, "reviewIds", review.id, "leadId", lead.id))
                .post("/plans").then().statusCode(403).body(containsString("Your form could not be sent"));
        browser.get("/plans").then().body(not(containsString(title)));
    }

    @Test
    void anUnknownPlanIsAFriendlyNotFoundPage() {
        Browser.signedInAs("slt").get("/plans/987654321").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("There is no plan with id 987654321."));
    }
}
