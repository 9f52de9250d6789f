package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ActionPagesTest {

    Review review;
    Person lead;
    Plan plan;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        lead = Fixtures.person();
        plan = Fixtures.plan(review, lead);
    }

    @Test
    void theActionPageShowsDetailsFindingsAndHistory() {
        Action action = Fixtures.action(plan, lead).title("Agree a protocol").create();
        Browser.signedInAs("councillor").get("/actions/" + action.id).then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Agree a protocol</h1>"))
                .body(containsString(lead.name))
                .body(containsString("No progress has been recorded yet."))
                .body(not(containsString("Add a progress update")));
    }

    /** 45 updates, numbered in their narrative, the newest last; one a day from the start of 2026. */
    private Action actionWithUpdates(int count) {
        Action action = Fixtures.action(plan, lead).create();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Action managed = Action.findById(action.id);
            for (int n = 1; n <= count; n++) {
                io.followthrough.plan.action.ProgressUpdate update = new io.followthrough.plan.action.ProgressUpdate();
                update.action = managed;
                update.author = Person.findById(lead.id);
                update.authorName = lead.name;
                update.narrative = "Weekly check number " + n + " done";
                update.status = io.followthrough.plan.action.ActionStatus.IN_PROGRESS;
                update.rag = io.followthrough.plan.action.Rag.GREEN;
                update.createdAt = java.time.LocalDate.of(2026, 1, 1).plusDays(n).atTime(10, 0)
                        .atZone(io.followthrough.platform.Clocks.UK).toInstant();
                update.persist();
            }
        });
        return action;
    }

    @Test
    void theActionPageShowsTheNewestTwentyUpdatesAndLinksToOlderOnes() {
        Action action = actionWithUpdates(45);
        Browser browser = Browser.signedInAs("slt");
        String first = browser.get("/actions/" + action.id).then().statusCode(200)
                .body(containsString("Updates 1 to 20 of 45, newest first."))
                .body(containsString("Weekly check number 45 done"))
                .body(containsString("Weekly check number 26 done"))
                .body(not(containsString("Weekly check number 25 done")))
                .body(containsString("href=\"/actions/" + action.id + "?page=2#history\""))
                .body(containsString("Show older updates"))
                .body(not(containsString("Show newer updates")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(first.contains("reversed start=\"45\""), "numbered from the newest");

        browser.get("/actions/" + action.id + "?page=2").then().statusCode(200)
                .body(containsString("Updates 21 to 40 of 45, newest first."))
                .body(containsString("Weekly check number 25 done"))
                .body(not(containsString("Weekly check number 26 done")))
                .body(containsString("Show newer updates"))
                .body(containsString("href=\"/actions/" + action.id + "#history\""));
        browser.get("/actions/" + action.id + "?page=3").then().statusCode(200)
                .body(containsString("Updates 41 to 45 of 45, newest first."))
                .body(containsString("Weekly check number 1 done"))
                .body(containsString("href=\"/actions/" + action.id + "?page=2#history\""))
                .body(not(containsString("Show older updates")));
        browser.get("/actions/" + action.id + "?page=99").then().statusCode(200)
                .body(containsString("Updates 41 to 45 of 45, newest first."));
        browser.get("/actions/" + action.id + "?page=abc").then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(404)));
    }

    @Test
    void anActionWithFewUpdatesShowsThemAllWithoutPaging() {
        Action action = actionWithUpdates(20);
        Browser.signedInAs("slt").get("/actions/" + action.id).then().statusCode(200)
                .body(containsString("Weekly check number 1 done"))
                .body(containsString("Weekly check number 20 done"))
                .body(not(containsString("Show older updates")))
                .body(not(containsString("newest first.")));
    }

    @Test
    void theLeadOfAnActionPostsAnUpdateAndSeesItInTheHistory() {
        Person officer = Fixtures.personSigningInAs("officer");
        Action action = Fixtures.action(plan, officer).create();
        Browser browser = Browser.signedInAs("officer");
        String page = "/actions/" + action.id;

        browser.submit(page, page + "/updates", Map.of("narrative", "Protocol drafted", "status", "IN_PROGRESS",
                "rag", "RED", "reason", "")).then().statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("Give the reason for a Red rating"));
        browser.get(page).then().body(containsString("No progress has been recorded yet."));

        browser.submit(page, page + "/updates", Map.of("narrative", "Protocol drafted", "status", "IN_PROGRESS",
                        "rag", "RED", "reason", "Health have not signed; escalated to the chair",
                        "evidenceLinks", "https://intranet.example.gov.uk/protocol"))
                .then().statusCode(303).header("Location", endsWith(page + "#history"));
        browser.get(page).then().statusCode(200)
                .body(containsString("Protocol drafted"))
                .body(containsString("Health have not signed; escalated to the chair"))
                .body(containsString("href=\"https://intranet.example.gov.uk/protocol\""));
    }

    @Test
    void anSltMemberCannotPostAnUpdate() {
        Action action = Fixtures.action(plan, lead).create();
        Browser browser = Browser.signedInAs("slt");
        String token = browser.csrfFrom(browser.get("/sign-in").asString());
        browser.request().formParams(Map.of("narrative", "x", "status", "IN_PROGRESS", "rag", "GREEN",
                "csrf-token", token)).post("/actions/" + action.id + "/updates").then().statusCode(403);
    }

    @Test
    void theLeadAddsAnActionWithGovukDateInputs() {
        Browser browser = Browser.signedInAs("lead");
        String form = "/plans/" + plan.id + "/actions/new";
        Map<String, Object> fields = new HashMap<>(Map.of("title", "Publish the vision", "leadId", lead.id,
                "targetDate-day", "31", "targetDate-month", "2", "targetDate-year", "2027",
                "status", "NOT_STARTED", "rag", "NOT_YET_RATED"));
        browser.submit(form, "/plans/" + plan.id + "/actions", fields).then().statusCode(400)
                .body(containsString("The target date must be a real date"));

        fields.put("targetDate-month", "3");
        String location = browser.submit(form, "/plans/" + plan.id + "/actions", fields)
                .then().statusCode(303).extract().header("Location");
        browser.get(location).then().body(containsString("31 March 2027"));
    }

    @Test
    void aSecondPersonSavingAStaleFormSeesTheConflictAndKeepsTheirText() {
        Action action = Fixtures.action(plan, lead).title("Original").create();
        Browser first = Browser.signedInAs("lead");
        Browser second = Browser.signedInAs("lead");
        String edit = "/actions/" + action.id + "/edit";
        String firstToken = first.csrfFrom(first.get(edit).asString());
        String secondToken = second.csrfFrom(second.get(edit).asString());
        Map<String, Object> common = Map.of("leadId", lead.id, "targetDate-day", "31", "targetDate-month", "3",
                "targetDate-year", "2027", "status", "IN_PROGRESS", "rag", "GREEN", "version", 0,
                "reference", action.reference);

        Map<String, Object> mine = new HashMap<>(common);
        mine.put("title", "First person's title");
        first.request().formParams(mine).formParam("csrf-token", firstToken).post("/actions/" + action.id)
                .then().statusCode(303);

        Map<String, Object> theirs = new HashMap<>(common);
        theirs.put("title", "Second person's title");
        second.request().formParams(theirs).formParam("csrf-token", secondToken).post("/actions/" + action.id)
                .then().statusCode(409)
                .body(containsString("This action changed since you opened it"))
                .body(containsString("First person&#39;s title"))
                .body(containsString("value=\"Second person&#39;s title\""));
    }
}
