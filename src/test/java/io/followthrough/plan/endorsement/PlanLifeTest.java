package io.followthrough.plan.endorsement;

import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.AuditEntry;
import io.followthrough.support.PlanLife;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** A plan's life after "Ready for endorsement" by the API: endorsed with the body's decision, then closed. */
@QuarkusTest
class PlanLifeTest {

    private static final String PROBLEM = "application/problem+json";

    private static List<String> statusChanges(long planId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("Plan", planId).stream()
                .filter(e -> e.field.equals("status")).map(e -> e.oldValue + " -> " + e.newValue).toList());
    }

    private static Map<String, Object> decisionWith(String field, Object value) {
        Map<String, Object> decision = new HashMap<>(PlanLife.decision(1));
        if (value == null) {
            decision.remove(field);
        } else {
            decision.put(field, value);
        }
        return decision;
    }

    @Test
    void theBodysDecisionEndorsesAReadyPlanAndIsAuditedAndShownOnThePlan() {
        PlanLife life = PlanLife.ready();
        int report = life.publishedEndorsementReport();

        as("lead").body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", life.plan.id).then().statusCode(200)
                .body("status", equalTo("ENDORSED"))
                .body("body", equalTo("Executive"))
                .body("meetingDate", equalTo("2022-02-14"))
                .body("minuteReference", equalTo("EX 22/51"))
                .body("reportId", equalTo(report))
                .body("reportVersion", equalTo(1))
                .body("reportHref", equalTo("/reports/" + report + "/versions/1"))
                .body("recordedAt", notNullValue());

        as("councillor").get("/api/plans/{id}", life.plan.id).then().statusCode(200)
                .body("status", equalTo("ENDORSED"))
                .body("endorsement.body", equalTo("Executive"))
                .body("endorsement.reportVersion", equalTo(1))
                .body("closure", nullValue());
        as("councillor").get("/api/plans/{id}/endorsement", life.plan.id).then().statusCode(200)
                .body("resolution", startsWith("That the outcomes of the Virtual School peer review be noted"));
        // Newest first, as the audit trail lists them.
        assertThat(statusChanges(life.plan.id), equalTo(List.of("READY_FOR_ENDORSEMENT -> ENDORSED",
                "DRAFT -> READY_FOR_ENDORSEMENT")));
    }

    @Test
    void aPlanNotReadyOrAlreadyEndorsedIsRefusedNamingItsStatus() {
        PlanLife draft = PlanLife.draft();
        draft.publishedEndorsementReport();
        as("lead").body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", draft.plan.id).then()
                .statusCode(400).contentType(containsString(PROBLEM))
                .body("errors.field", equalTo(List.of("status")))
                .body("errors[0].message", containsString("mark it ready for endorsement"));
        as("lead").get("/api/plans/{id}/endorsement", draft.plan.id).then().statusCode(404);

        PlanLife endorsed = PlanLife.endorsed();
        as("lead").body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", endorsed.plan.id).then()
                .statusCode(400).body("errors.field", equalTo(List.of("status")))
                .body("errors[0].message", equalTo("The plan has already been endorsed"));
        // Marking it ready again would undo the endorsement.
        as("lead").post("/api/plans/{id}/ready", endorsed.plan.id).then().statusCode(409);
        as("lead").get("/api/plans/{id}", endorsed.plan.id).then().body("status", equalTo("ENDORSED"));
    }

    @Test
    void aMeetingInTheFutureIsRefused() {
        PlanLife life = PlanLife.ready();
        life.publishedEndorsementReport();
        as("lead").body(decisionWith("meetingDate", java.time.LocalDate.now().plusDays(7).toString()))
                .post("/api/plans/{id}/endorsement", life.plan.id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("meetingDate")))
                .body("errors[0].message", containsString("today or in the past"));
        as("lead").get("/api/plans/{id}", life.plan.id).then().body("status", equalTo("READY_FOR_ENDORSEMENT"));
    }

    @Test
    void theReportVersionMustBeAPublishedEndorsementReportOfThisPlan() {
        PlanLife life = PlanLife.ready();
        // Unknown: nothing is published yet, and a draft endorsement report is not a version.
        life.report("ENDORSEMENT");
        as("lead").body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", life.plan.id).then()
                .statusCode(400).body("errors.field", equalTo(List.of("reportVersion")))
                .body("errors[0].message", startsWith("There is no published version 1 of an endorsement report"));
        // A published progress report is not an endorsement report.
        PlanLife.publish(life.report("PROGRESS"));
        as("lead").body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", life.plan.id).then()
                .statusCode(400).body("errors.field", equalTo(List.of("reportVersion")));
        // Another plan's endorsement report is not this plan's.
        PlanLife other = PlanLife.ready();
        int othersReport = other.publishedEndorsementReport();
        as("lead").body(decisionWith("reportId", othersReport)).post("/api/plans/{id}/endorsement", life.plan.id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("reportVersion")));
        as("lead").body(decisionWith("reportVersion", 7)).post("/api/plans/{id}/endorsement", other.plan.id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("reportVersion")));
    }

    @Test
    void twoEndorsementReportsWithTheSameVersionNeedTheReportNamed() {
        PlanLife life = PlanLife.ready();
        life.publishedEndorsementReport();
        int second = life.publishedEndorsementReport();
        as("lead").body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", life.plan.id).then()
                .statusCode(400).body("errors.field", equalTo(List.of("reportId")));
        as("lead").body(decisionWith("reportId", second)).post("/api/plans/{id}/endorsement", life.plan.id).then()
                .statusCode(200).body("reportId", equalTo(second));
    }

    @Test
    void missingAndOverlongFieldsAreRefusedByName() {
        PlanLife life = PlanLife.ready();
        life.publishedEndorsementReport();
        as("lead").body(Map.of()).post("/api/plans/{id}/endorsement", life.plan.id).then().statusCode(400)
                .contentType(containsString(PROBLEM))
                .body("errors.field", hasItems("body", "meetingDate", "minuteReference", "reportVersion"));
        as("lead").body(decisionWith("body", "E".repeat(201))).post("/api/plans/{id}/endorsement", life.plan.id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("body")));
        as("lead").body(decisionWith("minuteReference", "https://example.gov.uk/" + "m".repeat(2000)))
                .post("/api/plans/{id}/endorsement", life.plan.id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("minuteReference")));
        as("lead").body(decisionWith("resolution", "r".repeat(10_001)))
                .post("/api/plans/{id}/endorsement", life.plan.id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("resolution")));
        as("lead").body(decisionWith("body", " ")).post("/api/plans/{id}/endorsement", life.plan.id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("body")));
        as("lead").get("/api/plans/{id}", life.plan.id).then().body("status", equalTo("READY_FOR_ENDORSEMENT"));
    }

    @Test
    void onlyThePlanLeadEndorsesAndCloses() {
        PlanLife life = PlanLife.ready();
        life.publishedEndorsementReport();
        for (String account : List.of("officer", "slt", "councillor")) {
            as(account).body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", life.plan.id).then()
                    .statusCode(403);
        }
        as("lead").body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", life.plan.id).then()
                .statusCode(200);
        for (String account : List.of("officer", "slt", "councillor")) {
            as(account).body(Map.of("statement", "Done")).post("/api/plans/{id}/closure", life.plan.id).then()
                    .statusCode(403);
        }
        as("lead").get("/api/plans/{id}", life.plan.id).then().body("status", equalTo("ENDORSED"));
    }

    @Test
    void aPlanClosesOnlyWhenEndorsedAndEveryActionIsCompleteOrDeferredWithAReason() {
        PlanLife draft = PlanLife.ready();
        as("lead").body(Map.of("statement", "Done")).post("/api/plans/{id}/closure", draft.plan.id).then()
                .statusCode(400).body("errors.field", equalTo(List.of("status")))
                .body("errors[0].message", startsWith("Only an endorsed plan can be closed"));

        PlanLife life = PlanLife.endorsed();
        life.action().status(ActionStatus.COMPLETE).create();
        Action going = life.action().reference("X1").title("Train designated teachers").create();
        Action deferredSilently = life.action().reference("X2").title("Launch the mentoring scheme")
                .status(ActionStatus.DEFERRED).create();
        life.action().status(ActionStatus.DEFERRED)
                .rag(Rag.AMBER, "Deferred to next year: the funding moved").create();

        as("lead").body(Map.of("statement", "Closed at year end.")).post("/api/plans/{id}/closure", life.plan.id)
                .then().statusCode(400).contentType(containsString(PROBLEM))
                .body("errors.field", equalTo(List.of("actions", "actions")))
                .body("errors.message", hasItem("X1 Train designated teachers is in progress: complete it, or defer "
                        + "it with a reason"))
                .body("errors.message", hasItem("X2 Launch the mentoring scheme is deferred: record the reason it is "
                        + "deferred in a progress update"));
        as("lead").body(Map.of("statement", " ")).post("/api/plans/{id}/closure", life.plan.id).then()
                .statusCode(400).body("errors.field", hasItem("statement"));

        as("lead").body(Map.of("narrative", "Delivered to every school", "status", "COMPLETE", "rag", "GREEN",
                "impact", "Every designated teacher trained")).post("/api/actions/{id}/updates", going.id).then()
                .statusCode(201);
        as("lead").body(Map.of("narrative", "Paused", "status", "DEFERRED", "rag", "AMBER",
                "reason", "Deferred until the mentors are recruited")).post("/api/actions/{id}/updates",
                deferredSilently.id).then().statusCode(201);
        as("lead").body(Map.of("statement", "s".repeat(10_001))).post("/api/plans/{id}/closure", life.plan.id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("statement")));

        as("lead").body(Map.of("statement", "The plan met its aims.\nTwo actions carry on as business as usual."))
                .post("/api/plans/{id}/closure", life.plan.id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("statement", startsWith("The plan met its aims."))
                .body("closedBy", notNullValue())
                .body("closedAt", notNullValue());
        as("slt").get("/api/plans/{id}", life.plan.id).then().body("status", equalTo("CLOSED"))
                .body("closure.statement", startsWith("The plan met its aims."));
        as("lead").body(Map.of("statement", "Again")).post("/api/plans/{id}/closure", life.plan.id).then()
                .statusCode(400).body("errors.field", equalTo(List.of("status")));
        assertThat(statusChanges(life.plan.id), hasItem("ENDORSED -> CLOSED"));
    }

    @Test
    void aClosedPlansActionsCanNoLongerBeChanged() {
        PlanLife life = PlanLife.endorsed();
        Action action = life.action().status(ActionStatus.COMPLETE).create();
        long change = ((Number) as("lead").body(Map.of("requestedDate", "2027-06-30", "reason", "Waiting on health"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(201).extract().path("id"))
                .longValue();
        life.close();

        as("lead").body(Map.of("narrative", "More", "status", "COMPLETE", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(409)
                .contentType(containsString(PROBLEM))
                .body("detail", containsString("was closed on"))
                .body("detail", containsString("its actions can no longer be changed"));
        Map<String, Object> current = as("lead").get("/api/actions/{id}", action.id).then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Object> edit = new HashMap<>(Map.of("title", "Renamed", "leadId", current.get("leadId"),
                "targetDate", current.get("targetDate"), "version", current.get("version")));
        as("lead").body(edit).put("/api/actions/{id}", action.id).then().statusCode(409);
        as("lead").body(Map.of("requestedDate", "2027-07-31", "reason", "Later")).post(
                "/api/actions/{id}/date-changes", action.id).then().statusCode(409);
        as("lead").body(Map.of("approved", true)).post("/api/date-changes/{id}/decision", change).then()
                .statusCode(409);
        as("lead").body(Map.of("title", "A new action", "leadId", life.lead.id, "targetDate", "2027-03-31"))
                .post("/api/plans/{id}/actions", life.plan.id).then().statusCode(409);
        as("lead").get("/api/actions/{id}", action.id).then().body("title", not(equalTo("Renamed")));
    }
}
