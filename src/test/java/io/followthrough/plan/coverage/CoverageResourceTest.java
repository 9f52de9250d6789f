package io.followthrough.plan.coverage;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.platform.AuditEntry;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CoverageResourceTest {

    Review review;
    Person lead;
    Plan plan;
    List<Finding> areas;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        lead = Fixtures.person();
        plan = Fixtures.plan(review, lead);
        areas = Fixtures.areasOf(review);
    }

    @Test
    void aNewPlanHasEveryAreaForConsiderationUncoveredAndNoStrengths() {
        as("councillor").get("/api/plans/{id}/coverage", plan.id).then().statusCode(200)
                .body("uncovered", equalTo(2))
                .body("areas", hasSize(2))
                .body("areas.findingId", contains(areas.get(0).id.intValue(), areas.get(1).id.intValue()))
                .body("areas[0].actionIds", empty());
    }

    @Test
    void anActionCreatedFromAFindingTakesItsThemeTitleAndLinkUntilCoverageReachesZero() {
        as("lead").post("/api/plans/{id}/actions/from-finding/{findingId}", plan.id, areas.get(0).id)
                .then().statusCode(201)
                .body("title", equalTo("Hold all partners to account."))
                .body("reference", equalTo("3.2.1"))
                .body("findingIds", contains(areas.get(0).id.intValue()))
                .body("leadId", equalTo(lead.id.intValue()));
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", equalTo(1));

        as("lead").body(Map.of("reason", "Already met by the council's corporate parenting strategy"))
                .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(1).id).then()
                .statusCode(200)
                .body("noActionReason", containsString("corporate parenting"));
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", equalTo(0));
    }

    @Test
    void aPlanCannotBeMarkedReadyWhileAnyAreaIsUncovered() {
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("2 areas"));
        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));

        areas.forEach(area -> as("lead").post("/api/plans/{id}/actions/from-finding/{findingId}", plan.id, area.id)
                .then().statusCode(201));
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200).body("uncovered", equalTo(0));
        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("READY_FOR_ENDORSEMENT"));
    }

    @Test
    void noActionNeedsAReasonAndOnlyAppliesToAreas() {
        as("lead").body(Map.of("reason", " "))
                .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(0).id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        long strength = review.themes.get(0).findings.get(0).id;
        as("lead").body(Map.of("reason", "Not needed"))
                .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, strength)
                .then().statusCode(400).body("detail", containsString("area for consideration"));
    }

    @Test
    void actionsAnswerAreasNotStrengths() {
        long strength = review.themes.get(0).findings.get(0).id;
        as("lead").post("/api/plans/{id}/actions/from-finding/{findingId}", plan.id, strength)
                .then().statusCode(400).body("errors[0].field", equalTo("findingId"));
    }

    @Test
    void onlyTheLeadChangesCoverage() {
        as("officer").post("/api/plans/{id}/actions/from-finding/{findingId}", plan.id, areas.get(0).id)
                .then().statusCode(403);
        as("slt").body(Map.of("reason", "x"))
                .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(0).id)
                .then().statusCode(403);
        as("officer").delete("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(0).id)
                .then().statusCode(403);
        as("councillor").post("/api/plans/{id}/ready", plan.id).then().statusCode(403);
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", not(equalTo(0)));
    }

    @Test
    void noActionInOnePlanLeavesAnotherPlanAnsweringTheSameReviewUncovered() {
        Plan other = Fixtures.plan(review, lead);
        as("lead").body(Map.of("reason", "Met by the council's corporate parenting strategy"))
                .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(0).id).then()
                .statusCode(200).body("noActionDecidedBy", equalTo("lead"));

        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", equalTo(1))
                .body("areas[0].noActionReason", containsString("corporate parenting"));
        as("lead").get("/api/plans/{id}/coverage", other.id).then().body("uncovered", equalTo(2))
                .body("areas[0].noActionReason", nullValue());
        String page = Browser.signedInAs("slt").get("/plans/" + other.id + "/coverage").asString();
        assertThat(page, containsString("2 of 2 areas for consideration have no action yet"));
        assertThat(page, not(containsString("corporate parenting")));
    }

    @Test
    void withdrawingADecisionReturnsAReadyPlanToDraftAndIsAudited() {
        as("lead").post("/api/plans/{id}/actions/from-finding/{findingId}", plan.id, areas.get(0).id)
                .then().statusCode(201);
        as("lead").body(Map.of("reason", "Already reported to the Schools Forum"))
                .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(1).id).then()
                .statusCode(200);
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200);

        as("lead").delete("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(1).id).then()
                .statusCode(200).body("noActionReason", nullValue());

        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", equalTo(1));
        List<String> trail = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "entityType = ?1 and entityId = ?2 and field = 'status'", "Plan", plan.id).stream()
                .map(e -> e.oldValue + "->" + e.newValue).toList());
        assertThat(trail, contains("DRAFT->READY_FOR_ENDORSEMENT", "READY_FOR_ENDORSEMENT->DRAFT"));
        as("lead").delete("/api/plans/{id}/findings/{findingId}/no-action", plan.id, areas.get(1).id).then()
                .statusCode(404);
    }

    @Test
    void aNewAreaForConsiderationReturnsAReadyPlanToDraft() {
        areas.forEach(area -> as("lead").post("/api/plans/{id}/actions/from-finding/{findingId}", plan.id, area.id)
                .then().statusCode(201));
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200);

        as("lead").body(Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "Track post-16 destinations."))
                .post("/api/themes/{id}/findings", review.themes.get(0).id).then().statusCode(201);

        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", equalTo(1));
    }

    @Test
    void theLeadMarksAndWithdrawsNoActionOnTheCoveragePage() {
        Browser browser = Browser.signedInAs("lead");
        String form = "/plans/" + plan.id + "/findings/" + areas.get(0).id + "/no-action";
        browser.submit(form, form, Map.of("reason", "Met by the Schools Forum")).then().statusCode(303)
                .header("Location", endsWith("/plans/" + plan.id + "/coverage"));
        String page = browser.get("/plans/" + plan.id + "/coverage").asString();
        assertThat(page, containsString("No action needed: Met by the Schools Forum"));
        browser.submit("/plans/" + plan.id + "/coverage", form + "/withdraw", Map.of()).then().statusCode(303);
        assertThat(browser.get("/plans/" + plan.id + "/coverage").asString(),
                not(containsString("No action needed: Met by the Schools Forum")));
        Browser officer = Browser.signedInAs("officer");
        officer.request().formParam("csrf-token", officer.csrfFrom(officer.get("/sign-in").asString()))
                .post(form + "/withdraw").then().statusCode(403);
    }
}
