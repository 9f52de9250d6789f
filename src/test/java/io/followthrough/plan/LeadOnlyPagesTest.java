package io.followthrough.plan;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;

/** Pages only the plan lead may open, refused to every other role. */
@QuarkusTest
class LeadOnlyPagesTest {

    @Test
    void importingCoverageDecisionsAndReportsAreForThePlanLeadOnly() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        Person officer = Fixtures.personSigningInAs("officer");
        Action action = Fixtures.action(plan, officer).create();
        Finding area = Fixtures.areasOf(review).get(0);
        int change = as("officer").body(Map.of("requestedDate", "2030-01-31", "reason", "Later"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(201).extract().path("id");
        List<String> leadOnly = List.of("/plans/" + plan.id + "/import", "/plans/" + plan.id + "/reports/new",
                "/plans/" + plan.id + "/findings/" + area.id + "/no-action", "/date-changes/" + change,
                "/imports/new");
        for (String account : List.of("officer", "slt", "councillor")) {
            Browser browser = Browser.signedInAs(account);
            leadOnly.forEach(path -> browser.get(path).then().statusCode(403));
        }
        Browser leadBrowser = Browser.signedInAs("lead");
        leadOnly.forEach(path -> leadBrowser.get(path).then().statusCode(200));
        Browser.signedInAs("slt").get("/actions/" + action.id + "/date-changes/new").then().statusCode(403);
        Browser.signedInAs("officer").get("/actions/" + action.id + "/date-changes/new").then().statusCode(200)
                .body(containsString("Ask to move the target date"));
    }
}
