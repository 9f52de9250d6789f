package io.followthrough.plan.withdrawal;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.platform.AuditEntry;
import io.followthrough.reminder.CalendarFeed;
import io.followthrough.reminder.DueReminders;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@io.quarkus.test.junit.QuarkusTest
class WithdrawalTest {

    @Inject
    DueReminders dueReminders;

    @Inject
    CalendarFeed calendar;

    Review review;
    Plan plan;
    Person officer;
    List<Finding> areas;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        areas = Fixtures.areasOf(review);
        plan = Fixtures.plan(review, Fixtures.personSigningInAs("lead"));
        officer = Fixtures.personSigningInAs("officer");
    }

    private long actionAnswering(Finding area, String title) {
        return ((Number) as("lead").body(Map.of("title", title, "leadId", officer.id, "targetDate", "2020-03-31",
                        "findingIds", List.of(area.id), "rag", "RED", "ragReason", "Stalled"))
                .post("/api/plans/{id}/actions", plan.id).then().statusCode(201).extract().path("id")).longValue();
    }

    private static Response withdraw(String account, long actionId, Object reason) {
        return as(account).body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/api/actions/{id}/withdrawal", actionId);
    }

    @Test
    void aWithdrawnActionLeavesEveryLiveViewAndKeepsItsPageAndHistory() {
        String title = Fixtures.unique("Commission a tutoring pilot");
        long withdrawn = actionAnswering(areas.get(0), title);
        long kept = actionAnswering(areas.get(0), Fixtures.unique("Keep this one"));
        as("officer").body(Map.of("narrative", "Pilot scoped", "status", "IN_PROGRESS", "rag", "RED",
                "reason", "No provider yet")).post("/api/actions/{id}/updates", withdrawn).then().statusCode(201);

        withdraw("lead", withdrawn, "The DfE now funds tutoring directly, so the pilot is not needed")
                .then().statusCode(200)
                .body("actionId", equalTo((int) withdrawn))
                .body("withdrawnAt", notNullValue())
                .body("withdrawnBy", equalTo("lead person"))
                .body("reason", equalTo("The DfE now funds tutoring directly, so the pilot is not needed"));

        as("lead").get("/api/plans/{id}/actions", plan.id).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) kept)));
        as("lead").get("/api/plans/{id}", plan.id).then().body("actionCount", equalTo(1))
                .body("overdueCount", equalTo(1)).body("ragCounts.RED", equalTo(1));
        as("lead").get("/api/plans/{id}/exceptions", plan.id).then().statusCode(200)
                .body("action.id", not(hasItem((int) withdrawn)));
        as("officer").get("/api/me/actions").then().statusCode(200)
                .body(not(containsString(title)));
        assertThat(Browser.signedInAs("lead").get("/plans/" + plan.id + "/themes").asString(),
                not(containsString(title)));
        assertThat(as("lead").get("/api/plans/{id}/export.csv", plan.id).asString(), not(containsString(title)));
        assertFalse(dueReminders.on(LocalDate.of(2026, 12, 2)).stream().anyMatch(r -> r.subjectId() == withdrawn),
                "no reminder about a withdrawn action");
        assertTrue(dueReminders.on(LocalDate.of(2026, 12, 2)).stream().anyMatch(r -> r.subjectId() == kept));
        String token = QuarkusTransaction.requiringNew().call(() -> {
            Person me = Person.findById(officer.id);
            if (me.calendarToken == null) {
                me.calendarToken = Fixtures.unique("token").replaceAll("[^A-Za-z0-9]", "");
            }
            return me.calendarToken;
        });
        String feed = calendar.of(token).orElseThrow();
        assertThat(feed, not(containsString("action-" + withdrawn + "-target")));
        assertThat(feed, containsString("action-" + kept + "-target"));

        as("lead").get("/api/actions/{id}", withdrawn).then().statusCode(200).body("withdrawn", equalTo(true));
        as("lead").get("/api/actions/{id}/updates", withdrawn).then().statusCode(200).body("items.size()", equalTo(1));
        String page = Browser.signedInAs("slt").get("/actions/" + withdrawn).asString();
        assertThat(page, containsString("id=\"withdrawn\""));
        assertThat(page, containsString("by lead person"));
        assertThat(page, containsString("The DfE now funds tutoring directly"));
        assertThat(page, containsString("Pilot scoped"));
        List<AuditEntry> audit = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("Action", withdrawn));
        assertTrue(audit.stream().anyMatch(e -> e.field.equals("withdrawn") && e.changedBy.equals("lead")
                && e.newValue.contains("DfE")));

        String planPage = Browser.signedInAs("officer").get("/plans/" + plan.id).asString();
        assertThat(planPage, containsString("Withdrawn actions (1)"));
        assertThat(planPage, not(containsString(title)));
        String list = Browser.signedInAs("officer").get("/plans/" + plan.id + "/withdrawn-actions").asString();
        assertThat(list, containsString(title));
        assertThat(list, containsString("The DfE now funds tutoring directly"));
        as("officer").get("/api/plans/{id}/withdrawn-actions", plan.id).then().statusCode(200)
                .body("id", equalTo(List.of((int) withdrawn)));
    }

    @Test
    void termlyReviewPacksAndCommitteeReportsMadeAfterTheWithdrawalLeaveItOut() {
        String title = Fixtures.unique("Commission a tutoring pilot");
        String keptTitle = Fixtures.unique("Keep this one");
        long withdrawn = actionAnswering(areas.get(0), title);
        actionAnswering(areas.get(0), keptTitle);
        withdraw("lead", withdrawn, "Funded nationally now").then().statusCode(200);

        Person chair = Fixtures.personSigningInAs("slt");
        long termId = ((Number) as("lead").get("/api/terms?year=2043-44").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        long review = ((Number) as("lead").body(Map.of("termId", termId, "meetingDate", "2043-12-01",
                        "body", "Virtual School SLT", "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id"))
                .longValue();
        String pack = as("slt").get("/api/termly-reviews/{id}/pack", review).then().statusCode(200)
                .extract().asString();
        assertThat(pack, containsString(keptTitle));
        assertThat(pack, not(containsString(title)));

        long report = ((Number) as("lead").body(Map.of("kind", "PROGRESS", "body", "Executive",
                        "meetingDate", "2044-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id")).longValue();
        String preview = as("lead").accept("text/html").get("/api/reports/{id}/preview.html", report).then().statusCode(200)
                .extract().asString();
        assertThat(preview, containsString(keptTitle));
        assertThat(preview, not(containsString(title)));
    }

    @Test
    void noProgressNorDateChangeCanBePostedToAWithdrawnAction() {
        long id = actionAnswering(areas.get(0), "Run a conference");
        withdraw("lead", id, "Merged into the annual conference").then().statusCode(200);

        for (String account : List.of("lead", "officer")) {
            as(account).body(Map.of("narrative", "Booked", "status", "IN_PROGRESS", "rag", "GREEN"))
                    .post("/api/actions/{id}/updates", id).then().statusCode(409)
                    .body("detail", containsString("withdrawn"));
        }
        as("officer").body(Map.of("requestedDate", "2027-07-31", "reason", "Later"))
                .post("/api/actions/{id}/date-changes", id).then().statusCode(409);
        as("slt").body(Map.of("narrative", "Booked", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", id).then().statusCode(403);
        String page = Browser.signedInAs("officer").get("/actions/" + id).asString();
        assertThat(page, not(containsString("Add a progress update")));
        assertThat(Browser.signedInAs("lead").get("/actions/" + id).asString(),
                not(containsString("Withdraw this action")));
        as("lead").get("/api/actions/{id}/updates", id).then().body("items.size()", equalTo(0));
    }

    @Test
    void refusesABlankLongOrPersonalReasonNamingIt() {
        long id = actionAnswering(areas.get(0), "Audit PEPs");
        withdraw("lead", id, null).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        withdraw("lead", id, "   ").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        withdraw("lead", id, "x".repeat(10_001)).then().statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", containsString("10,000"));
        withdraw("lead", id, "Only for pupil A123456789012").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", containsString("unique pupil number"));
        as("lead").get("/api/actions/{id}", id).then().body("withdrawn", equalTo(false));
    }

    @Test
    void refusesAnActionAlreadyWithdrawnOrComplete() {
        long id = actionAnswering(areas.get(0), "Audit PEPs");
        withdraw("lead", id, "Duplicate of 3.2.1").then().statusCode(200);
        withdraw("lead", id, "Again").then().statusCode(409).body("detail", containsString("already withdrawn"));
        Action complete = Fixtures.action(plan, officer).status(ActionStatus.COMPLETE).create();
        withdraw("lead", complete.id, "Not needed").then().statusCode(409).body("detail", containsString("complete"));
        withdraw("lead", 987654321L, "Not needed").then().statusCode(404);
        as("lead").body(Map.of("title", "Changed", "leadId", officer.id, "targetDate", "2027-03-31",
                "version", 0)).put("/api/actions/{id}", id).then().statusCode(409);
    }

    @Test
    void refusesEveryoneButThePlanLead() {
        long id = actionAnswering(areas.get(0), "Audit PEPs");
        for (String account : List.of("officer", "slt", "councillor")) {
            withdraw(account, id, "Not needed").then().statusCode(403);
            assertEquals(403, Browser.signedInAs(account).get("/actions/" + id + "/withdrawal").statusCode());
            assertThat(Browser.signedInAs(account).get("/actions/" + id).asString(),
                    not(containsString("Withdraw this action")));
        }
        as("councillor").get("/api/plans/{id}/withdrawn-actions", plan.id).then().statusCode(403);
        assertEquals(403, Browser.signedInAs("councillor").get("/plans/" + plan.id + "/withdrawn-actions")
                .statusCode());
        assertEquals(302, Browser.anonymous().get("/actions/" + id + "/withdrawal").statusCode());
        as("lead").get("/api/actions/{id}", id).then().body("withdrawn", equalTo(false));
    }

    @Test
    void withdrawalReopensCoverageAndSendsAReadyPlanBackToDraft() {
        long only = actionAnswering(areas.get(0), "Hold partners to account");
        as("lead").body(Map.of("reason", "Met by the council's strategy"))
                .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(1).id)
                .then().statusCode(200);
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200);

        withdraw("lead", only, "Replaced by the partnership board's own plan").then().statusCode(200)
                .body("planStatus", equalTo("DRAFT"));

        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().statusCode(200)
                .body("uncovered", equalTo(1))
                .body("areas.find { it.findingId == " + areas.get(0).id + " }.actionIds.size()", equalTo(0));
        List<AuditEntry> planAudit = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("Plan", plan.id));
        assertTrue(planAudit.stream().anyMatch(e -> e.field.equals("status")
                && "READY_FOR_ENDORSEMENT".equals(e.oldValue) && "DRAFT".equals(e.newValue)));
        String coverage = Browser.signedInAs("lead").get("/plans/" + plan.id + "/coverage").asString();
        assertThat(coverage, containsString("1 of 2 areas for consideration has no action yet"));
        String notAnswered = coverage.substring(coverage.indexOf("Not yet answered"));
        assertThat(notAnswered, containsString("id=\"area-" + areas.get(0).id + "\""));
        assertThat(notAnswered, containsString("Hold all partners to account."));
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(409);
    }

    @Test
    void withdrawingOneOfTwoAnsweringActionsLeavesTheAreaCoveredAndThePlanReady() {
        long first = actionAnswering(areas.get(0), "First answer");
        actionAnswering(areas.get(0), "Second answer");
        actionAnswering(areas.get(1), "Third answer");
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200);

        withdraw("lead", first, "Folded into the second").then().statusCode(200)
                .body("planStatus", equalTo("READY_FOR_ENDORSEMENT"));
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", equalTo(0));
    }

    @Test
    void theWithdrawalPageKeepsTheTextOnAnErrorAndReturnsToTheActionWithABanner() {
        long id = actionAnswering(areas.get(0), "Audit PEPs");
        Browser lead = Browser.signedInAs("lead");
        assertThat(lead.get("/actions/" + id).asString(), containsString("href=\"/actions/" + id + "/withdrawal\""));
        String form = lead.get("/actions/" + id + "/withdrawal").asString();
        assertThat(form, containsString("Why is this action withdrawn?"));

        Response invalid = lead.request().formParam("csrf-token", lead.csrfFrom(form))
                .formParam("reason", "For the child born on 1 May").post("/actions/" + id + "/withdrawal");
        assertEquals(400, invalid.statusCode());
        assertThat(invalid.asString(), containsString("govuk-error-summary"));
        assertThat(invalid.asString(), containsString("href=\"#reason\""));
        assertThat(invalid.asString(), containsString("For the child born on 1 May</textarea>"));

        Response done = lead.request().formParam("csrf-token", lead.csrfFrom(form))
                .formParam("reason", "Covered by the new tracking system").post("/actions/" + id + "/withdrawal");
        assertEquals(303, done.statusCode());
        assertThat(done.header("Location"), org.hamcrest.Matchers.endsWith("/actions/" + id));
        String page = lead.get("/actions/" + id).asString();
        assertThat(page, containsString("Action withdrawn"));
        assertThat(page, containsString("Covered by the new tracking system"));

        Response again = lead.request().formParam("csrf-token", lead.csrfFrom(form))
                .formParam("reason", "Again").post("/actions/" + id + "/withdrawal");
        assertEquals(409, again.statusCode());
        assertThat(again.asString(), containsString("already withdrawn"));
        assertThat(lead.get("/actions/" + id + "/withdrawal").asString(), containsString("id=\"refusal\""));
    }
}
