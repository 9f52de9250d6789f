package io.followthrough.plan.leaving;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.platform.AuditEntry;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class LeavingTest {

    Review review;
    Plan plan;
    Person leaving;
    Person taker;
    Person other;
    Action first;
    Action second;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        plan = Fixtures.plan(review, Fixtures.person());
        leaving = Fixtures.person();
        taker = Fixtures.person();
        other = Fixtures.person();
        first = Fixtures.action(plan, leaving).title(Fixtures.unique("First")).create();
        second = Fixtures.action(plan, leaving).title(Fixtures.unique("Second")).create();
    }

    private static long leadOf(Action action) {
        return QuarkusTransaction.requiringNew().call(() -> Action.<Action>findById(action.id).lead.id);
    }

    private static List<AuditEntry> leadChanges(Action action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("Action", action.id).stream()
                .filter(e -> e.field.equals("lead")).toList());
    }

    @Test
    void handsEveryActionToOnePersonWithOneAuditEntryEachAndMarksThePersonAsLeft() {
        as("lead").body(Map.of("reassignTo", taker.id)).post("/api/people/{id}/leaving", leaving.id)
                .then().statusCode(200)
                .body("person.leftOn", notNullValue())
                .body("reassigned.actionId", org.hamcrest.Matchers.containsInAnyOrder(
                        first.id.intValue(), second.id.intValue()))
                .body("reassigned.to", hasItem(taker.name));

        assertEquals(taker.id, leadOf(first));
        assertEquals(taker.id, leadOf(second));
        for (Action action : List.of(first, second)) {
            List<AuditEntry> changes = leadChanges(action);
            assertEquals(1, changes.size());
            assertEquals(leaving.name, changes.get(0).oldValue);
            assertEquals(taker.name, changes.get(0).newValue);
            assertEquals("lead", changes.get(0).changedBy);
        }
        as("councillor").get("/api/people/{id}", leaving.id).then().statusCode(200).body("leftOn", notNullValue());
    }

    @Test
    void choosesTheNewLeadPerActionOverTheOneForAll() {
        as("lead").body(Map.of("reassignTo", Map.of(String.valueOf(first.id), taker.id,
                        String.valueOf(second.id), other.id)))
                .post("/api/people/{id}/leaving", leaving.id).then().statusCode(200);

        assertEquals(taker.id, leadOf(first));
        assertEquals(other.id, leadOf(second));
    }

    @Test
    void refusesToLeaveAnActionWithoutALeadNamingIt() {
        as("lead").body(Map.of("reassignTo", Map.of(String.valueOf(first.id), taker.id)))
                .post("/api/people/{id}/leaving", leaving.id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("reassignTo." + second.id)));
        as("lead").body(Map.of()).post("/api/people/{id}/leaving", leaving.id).then().statusCode(400)
                .body("errors.field", hasItem("reassignTo." + first.id));
        as("lead").body(Map.of("reassignTo", leaving.id)).post("/api/people/{id}/leaving", leaving.id)
                .then().statusCode(400).body("errors[0].field", equalTo("reassignTo"))
                .body("errors[0].message", containsString("who is leaving"));
        as("lead").body(Map.of("reassignTo", "somebody")).post("/api/people/{id}/leaving", leaving.id)
                .then().statusCode(400).body("errors[0].field", equalTo("reassignTo"));
        as("lead").body(Map.of("reassignTo", 987654321L)).post("/api/people/{id}/leaving", leaving.id)
                .then().statusCode(400).body("errors[0].field", equalTo("reassignTo"));
        assertEquals(leaving.id, leadOf(first), "nothing changed");
        as("lead").get("/api/people/{id}", leaving.id).then().body("leftOn", equalTo(null));
    }

    @Test
    void refusesEveryoneButThePlanLead() {
        for (String account : List.of("officer", "slt", "councillor")) {
            as(account).body(Map.of("reassignTo", taker.id)).post("/api/people/{id}/leaving", leaving.id)
                    .then().statusCode(403);
            assertEquals(403, Browser.signedInAs(account).get("/people/" + leaving.id + "/leaving").statusCode());
        }
        assertEquals(leaving.id, leadOf(first));
    }

    @Test
    void aPersonWhoHasLeftCannotBeChosenAsALeadAgainNorLeaveTwice() {
        as("lead").body(Map.of("reassignTo", taker.id)).post("/api/people/{id}/leaving", leaving.id)
                .then().statusCode(200);

        as("lead").body(Map.of("title", "A new action", "leadId", leaving.id, "targetDate", "2027-03-31"))
                .post("/api/plans/{id}/actions", plan.id).then().statusCode(400)
                .body("errors.field", hasItem("leadId"))
                .body("errors.message", hasItem(containsString("has left")));
        as("lead").body(Map.of("title", "A plan", "kind", "REVIEW_ACTION_PLAN", "leadId", leaving.id,
                        "reviewIds", List.of(review.id)))
                .post("/api/plans").then().statusCode(400).body("errors.field", hasItem("leadId"));
        String form = Browser.signedInAs("lead").get("/plans/" + plan.id + "/actions/new").asString();
        assertThat(form, containsString("<option value=\"" + taker.id + "\""));
        assertThat(form, not(containsString("<option value=\"" + leaving.id + "\"")));
        as("lead").body(Map.of("reassignTo", other.id)).post("/api/people/{id}/leaving", leaving.id)
                .then().statusCode(409);
        as("lead").body(Map.of("reassignTo", leaving.id)).post("/api/people/{id}/leaving", other.id)
                .then().statusCode(400).body("errors[0].message", containsString("left on"));
    }

    @Test
    void refusesWhileThePersonStillLeadsAPlan() {
        Plan theirs = Fixtures.plan(review, leaving);
        as("lead").body(Map.of("reassignTo", taker.id)).post("/api/people/{id}/leaving", leaving.id)
                .then().statusCode(400).body("errors[0].field", equalTo("reassignTo"))
                .body("errors[0].message", containsString(theirs.title));
    }

    @Test
    void theLeavingPageChoosesANewLeadPerActionAndReturnsToPeopleWithABanner() {
        Browser lead = Browser.signedInAs("lead");
        String page = lead.get("/people/" + leaving.id + "/leaving").asString();
        assertThat(page, containsString(leaving.name + " is leaving"));
        assertThat(page, containsString(first.title));
        assertThat(page, containsString("id=\"reassignTo." + second.id + "\""));
        assertThat(page, not(containsString("<option value=\"" + leaving.id + "\"")));
        assertThat(lead.get("/people").asString(), containsString("href=\"/people/" + leaving.id + "/leaving\""));

        Response missing = lead.request().formParam("csrf-token", lead.csrfFrom(page))
                .formParam("reassignAll", "").formParam("action", first.id).formParam("lead", taker.id)
                .formParam("action", second.id).formParam("lead", "")
                .post("/people/" + leaving.id + "/leaving");
        assertEquals(400, missing.statusCode());
        assertThat(missing.asString(), containsString("href=\"#reassignTo." + second.id + "\""));
        assertThat(missing.asString(), containsString("<option value=\"" + taker.id + "\" selected>"));

        Response done = lead.request().formParam("csrf-token", lead.csrfFrom(page))
                .formParam("reassignAll", other.id).formParam("action", first.id).formParam("lead", taker.id)
                .formParam("action", second.id).formParam("lead", "")
                .post("/people/" + leaving.id + "/leaving");
        assertEquals(303, done.statusCode());
        assertThat(done.header("Location"), containsString("/people#person-" + leaving.id));
        assertEquals(taker.id, leadOf(first));
        assertEquals(other.id, leadOf(second));
        String people = lead.get("/people").asString();
        assertThat(people, containsString("Leaving recorded"));
        assertThat(people, containsString("Left "));
    }
}
