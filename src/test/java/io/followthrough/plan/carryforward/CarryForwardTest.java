package io.followthrough.plan.carryforward;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanKind;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.AuditEntry;
import io.followthrough.reminder.DueReminders;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CarryForwardTest {

    @Inject
    DueReminders dueReminders;

    Review review;
    Plan plan;
    Plan nextYear;
    Person officer;
    Partner partner;
    List<Finding> areas;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        areas = Fixtures.areasOf(review);
        Person lead = Fixtures.personSigningInAs("lead");
        plan = Fixtures.plan(review, lead);
        nextYear = QuarkusTransaction.requiringNew().call(() -> {
            Plan p = new Plan();
            p.title = Fixtures.unique("Virtual School Improvement Plan 2027-28");
            p.kind = PlanKind.IMPROVEMENT_PLAN;
            p.lead = Person.findById(lead.id);
            p.persist();
            return p;
        });
        officer = Fixtures.personSigningInAs("officer");
        partner = Fixtures.partner();
    }

    private long action(String title) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "description", "Termly training for DTs",
                "successCriteria", "Every DT trained", "leadId", officer.id, "partnerIds", List.of(partner.id),
                "startDate", "2025-09-01", "targetDate", "2026-07-20", "findingIds", List.of(areas.get(0).id)));
        body.putAll(Map.of("status", "IN_PROGRESS", "rag", "AMBER", "ragReason", "Two trainers left"));
        return ((Number) as("lead").body(body)
                .post("/api/plans/{id}/actions", plan.id).then().statusCode(201).extract().path("id")).longValue();
    }

    private static Response carry(String account, long planId, Object actionIds, Object toPlanId) {
        Map<String, Object> body = new HashMap<>();
        body.put("actionIds", actionIds);
        body.put("toPlanId", toPlanId);
        return as(account).body(body).post("/api/plans/{id}/carry-forward", planId);
    }

    @Test
    void copiesEachActionIntoTheOtherPlanAsANewActionLinkedBothWays() {
        long old = action(Fixtures.unique("Train designated teachers"));
        as("officer").body(Map.of("narrative", "Half trained", "status", "IN_PROGRESS", "rag", "AMBER",
                "reason", "Two trainers left")).post("/api/actions/{id}/updates", old).then().statusCode(201);

        Response carried = carry("lead", plan.id, List.of(old), nextYear.id);
        carried.then().statusCode(200).body("fromPlanId", equalTo(plan.id.intValue()))
                .body("toPlanId", equalTo(nextYear.id.intValue()))
                .body("carried[0].fromActionId", equalTo((int) old));
        long copy = ((Number) carried.path("carried[0].toActionId")).longValue();

        as("lead").get("/api/actions/{id}", copy).then().statusCode(200)
                .body("planId", equalTo(nextYear.id.intValue()))
                .body("description", equalTo("Termly training for DTs"))
                .body("successCriteria", equalTo("Every DT trained"))
                .body("leadId", equalTo(officer.id.intValue()))
                .body("partnerIds", equalTo(List.of(partner.id.intValue())))
                .body("targetDate", equalTo("2026-07-20"))
                .body("status", equalTo("NOT_STARTED")).body("rag", equalTo("NOT_YET_RATED"))
                .body("themeId", equalTo(null)).body("findingIds.size()", equalTo(0))
                .body("carriedFromActionId", equalTo((int) old));
        as("lead").get("/api/actions/{id}/updates", copy).then().body("items.size()", equalTo(0));
        as("lead").get("/api/actions/{id}", old).then().body("carriedToActionId", equalTo((int) copy))
                .body("overdue", equalTo(false)).body("withdrawn", equalTo(false));

        String oldPage = Browser.signedInAs("slt").get("/actions/" + old).asString();
        assertThat(oldPage, containsString("Carried forward to " + nextYear.title));
        assertThat(oldPage, containsString("href=\"/actions/" + copy + "\""));
        assertThat(oldPage, not(containsString("Add a progress update")));
        String newPage = Browser.signedInAs("slt").get("/actions/" + copy).asString();
        assertThat(newPage, containsString("Carried forward from " + plan.title));
        assertThat(newPage, containsString("href=\"/actions/" + old + "\""));
        assertThat(Browser.signedInAs("lead").get("/plans/" + plan.id).asString(), containsString("Carried forward"));

        List<AuditEntry> oldAudit = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("Action", old));
        assertTrue(oldAudit.stream().anyMatch(e -> e.field.equals("carriedTo") && e.newValue.contains(nextYear.title)));
        List<AuditEntry> newAudit = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("Action", copy));
        assertTrue(newAudit.stream().anyMatch(e -> e.field.equals("carriedFrom") && e.newValue.contains(plan.title)));

        as("officer").body(Map.of("narrative", "More", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", old).then().statusCode(409)
                .body("detail", containsString(nextYear.title));
        as("officer").body(Map.of("narrative", "Started again", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", copy).then().statusCode(201);
        assertFalse(dueReminders.on(LocalDate.of(2026, 12, 2)).stream().anyMatch(r -> r.subjectId() == old),
                "the lead is chased about the new action only");
        assertTrue(dueReminders.on(LocalDate.of(2026, 12, 2)).stream().anyMatch(r -> r.subjectId() == copy));
        Response mine = as("officer").get("/api/me/actions");
        List<Integer> myActions = new java.util.ArrayList<>();
        for (String group : List.of("overdue", "dueThisTerm", "later")) {
            myActions.addAll(mine.<List<Integer>>path(group + ".id"));
        }
        assertThat(myActions, hasItem((int) copy));
        assertThat(myActions, not(hasItem((int) old)));
    }

    @Test
    void keepsThemeAndFindingsWhenTheOtherPlanAnswersTheSameReview() {
        long old = action("Hold partners to account");
        Plan sameReview = Fixtures.plan(review, Fixtures.personSigningInAs("lead"));
        long copy = ((Number) carry("lead", plan.id, List.of(old), sameReview.id).then().statusCode(200)
                .extract().path("carried[0].toActionId")).longValue();
        as("lead").get("/api/actions/{id}", copy).then()
                .body("findingIds", equalTo(List.of(areas.get(0).id.intValue())))
                .body("themeNumber", equalTo("3.2"));
        as("lead").get("/api/plans/{id}/coverage", sameReview.id).then().body("uncovered", equalTo(1));
    }

    @Test
    void refusesNamingTheField() {
        long open = action("Open action");
        Action complete = Fixtures.action(plan, officer).status(ActionStatus.COMPLETE).create();
        long withdrawn = action("Withdrawn action");
        as("lead").body(Map.of("reason", "Not needed")).post("/api/actions/{id}/withdrawal", withdrawn)
                .then().statusCode(200);
        Plan other = Fixtures.plan(review, officer);
        Action elsewhere = Fixtures.action(other, officer).create();

        carry("lead", plan.id, List.of(open), null).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("toPlanId")));
        carry("lead", plan.id, List.of(open), plan.id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("toPlanId")));
        carry("lead", plan.id, List.of(open), 987654321L).then().statusCode(400)
                .body("errors.field", equalTo(List.of("toPlanId")));
        carry("lead", plan.id, List.of(), nextYear.id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("actionIds")));
        carry("lead", plan.id, List.of(987654321L), nextYear.id).then().statusCode(400)
                .body("errors[0].field", equalTo("actionIds")).body("errors[0].message", containsString("no action"));
        carry("lead", plan.id, List.of(elsewhere.id), nextYear.id).then().statusCode(400)
                .body("errors[0].field", equalTo("actionIds"))
                .body("errors[0].message", containsString("another plan"));
        carry("lead", plan.id, List.of(complete.id), nextYear.id).then().statusCode(400)
                .body("errors[0].message", containsString("complete"));
        carry("lead", plan.id, List.of(withdrawn), nextYear.id).then().statusCode(400)
                .body("errors[0].message", containsString("withdrawn"));
        carry("lead", 987654321L, List.of(open), nextYear.id).then().statusCode(404);
        as("lead").get("/api/plans/{id}", nextYear.id).then().body("actionCount", equalTo(0));

        carry("lead", plan.id, List.of(open), nextYear.id).then().statusCode(200);
        carry("lead", plan.id, List.of(open), nextYear.id).then().statusCode(400)
                .body("errors[0].field", equalTo("actionIds"))
                .body("errors[0].message", containsString("already carried forward"));
        as("lead").body(Map.of("reason", "Not needed")).post("/api/actions/{id}/withdrawal", open)
                .then().statusCode(409);
        as("lead").get("/api/plans/{id}", nextYear.id).then().body("actionCount", equalTo(1));
    }

    @Test
    void refusesEveryoneButThePlanLead() {
        long open = action("Open action");
        for (String account : List.of("officer", "slt", "councillor")) {
            carry(account, plan.id, List.of(open), nextYear.id).then().statusCode(403);
            assertEquals(403, Browser.signedInAs(account).get("/plans/" + plan.id + "/carry-forward").statusCode());
            assertThat(Browser.signedInAs(account).get("/plans/" + plan.id).asString(),
                    not(containsString("/carry-forward")));
        }
        assertEquals(302, Browser.anonymous().get("/plans/" + plan.id + "/carry-forward").statusCode());
        assertNull(QuarkusTransaction.requiringNew().call(() -> Action.<Action>findById(open).carriedTo));
    }

    @Test
    void thePageOffersUnfinishedActionsAndOtherPlansAndConfirmsWithABanner() {
        long open = action(Fixtures.unique("Open action"));
        Action complete = Fixtures.action(plan, officer).title(Fixtures.unique("Finished action"))
                .status(ActionStatus.COMPLETE).create();
        Fixtures.action(plan, officer).title("Another").rag(Rag.RED, "Late").create();
        Browser lead = Browser.signedInAs("lead");
        assertThat(lead.get("/plans/" + plan.id).asString(), containsString("href=\"/plans/" + plan.id
                + "/carry-forward\""));
        String page = lead.get("/plans/" + plan.id + "/carry-forward").asString();
        assertThat(page, containsString("value=\"" + open + "\""));
        assertThat(page, not(containsString(complete.title)));
        assertThat(page, containsString("<option value=\"" + nextYear.id + "\""));
        assertThat(page, not(containsString("<option value=\"" + plan.id + "\"")));

        Response missing = lead.request().formParam("csrf-token", lead.csrfFrom(page))
                .formParam("actionIds", open).formParam("toPlanId", "")
                .post("/plans/" + plan.id + "/carry-forward");
        assertEquals(400, missing.statusCode());
        assertThat(missing.asString(), containsString("href=\"#toPlanId\""));
        assertThat(missing.asString(), containsString("value=\"" + open + "\" aria-describedby=\"actionIds-" + open
                + "-hint\" checked"));

        Response none = lead.request().formParam("csrf-token", lead.csrfFrom(page))
                .formParam("toPlanId", nextYear.id).post("/plans/" + plan.id + "/carry-forward");
        assertEquals(400, none.statusCode());
        assertThat(none.asString(), containsString("href=\"#actionIds\""));
        assertThat(none.asString(), containsString("<option value=\"" + nextYear.id + "\" selected>"));

        Response done = lead.request().formParam("csrf-token", lead.csrfFrom(page))
                .formParam("actionIds", open).formParam("toPlanId", nextYear.id)
                .post("/plans/" + plan.id + "/carry-forward");
        assertEquals(303, done.statusCode());
        assertThat(done.header("Location"), endsWith("/plans/" + nextYear.id));
        String target = lead.get("/plans/" + nextYear.id).asString();
        assertThat(target, containsString("Actions carried forward"));
        assertThat(target, containsString("Carried in"));
        assertThat(lead.get("/plans/" + plan.id + "/carry-forward").asString(),
                not(containsString("value=\"" + open + "\"")));
        assertThat(lead.get("/api/plans/" + plan.id + "/actions").asString(), hasItemString(open));
    }

    private static org.hamcrest.Matcher<String> hasItemString(long id) {
        return containsString("\"id\":" + id);
    }
}
