package io.followthrough.platform.web;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.platform.TextLimits;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Every text field has a maximum (README, "Text limits"); going over it is a 400 naming the field, never a 500. */
@QuarkusTest
class TextLimitsTest {

    private static String text(int length) {
        return "Partners met and agreed the protocol. ".repeat(length / 38 + 1).substring(0, length);
    }

    @Test
    void aNarrativeUpToItsMaximumIsKeptAndOneCharacterMoreIsRefused() {
        Person lead = Fixtures.person();
        Action action = Fixtures.action(Fixtures.plan(Fixtures.review(), lead), lead).create();
        as("lead").body(Map.of("narrative", text(TextLimits.NARRATIVE), "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201);
        as("lead").body(Map.of("narrative", "Met", "status", "IN_PROGRESS", "rag", "AMBER",
                        "reason", text(TextLimits.NARRATIVE + 1), "impact", text(1_000_000)))
                .post("/api/actions/{id}/updates", action.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("impact", "reason"));
    }

    @Test
    void aReportBodyLongerThanItsColumnIsRefusedNotAFailure() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        as("lead").body(Map.of("kind", "ENDORSEMENT", "body", text(TextLimits.NAME + 1), "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("body"));
    }

    @Test
    void aDecisionOwnerLongerThanItsColumnIsRefusedNotAFailure() {
        Person chair = Fixtures.personSigningInAs("slt");
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Action action = Fixtures.action(plan, lead).create();
        long termId = ((Number) as("lead").get("/api/terms?year=2041-42").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        int reviewId = as("lead").body(Map.of("termId", termId, "meetingDate", "2041-10-10", "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");
        as("slt").body(Map.of("agreedRag", "GREEN", "decision", "Write to the health trust",
                        "decisionOwner", text(TextLimits.NAME + 1)))
                .put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, action.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("decisionOwner"));
    }

    @Test
    void aThemeTitleAndAFindingOfAMegabyteAreRefused() {
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        as("lead").body(Map.of("number", "3.2", "title", text(1_000_000)))
                .put("/api/themes/{id}", theme.id)
                .then().statusCode(400).body("errors.field", contains("title"));
        as("lead").body(Map.of("kind", "STRENGTH", "text", text(1_000_000)))
                .post("/api/themes/{id}/findings", theme.id)
                .then().statusCode(400).body("errors.field", contains("text"));
    }

    @Test
    void theProgressFormTakesALongNarrativeAndKeepsTheTextWhenItIsTooLong() {
        Person officer = Fixtures.personSigningInAs("officer");
        Action action = Fixtures.action(Fixtures.plan(Fixtures.review(), officer), officer).create();
        Browser browser = Browser.signedInAs("officer");
        String page = "/actions/" + action.id;

        browser.submit(page, page + "/updates", Map.of("narrative", text(6_000), "status", "IN_PROGRESS",
                "rag", "GREEN")).then().statusCode(303);

        String tooLong = text(TextLimits.NARRATIVE + 1);
        browser.submit(page, page + "/updates", Map.of("narrative", tooLong, "status", "IN_PROGRESS",
                        "rag", "GREEN"))
                .then().statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("characters or fewer"))
                .body(containsString(tooLong));
        as("lead").get("/api/actions/{id}/updates", action.id).then().body("total", equalTo(1));
    }
}
