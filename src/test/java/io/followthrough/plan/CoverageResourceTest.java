package io.followthrough.plan;

import io.followthrough.people.Person;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
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
                .post("/api/findings/{id}/no-action", areas.get(1).id).then().statusCode(200)
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
        as("lead").body(Map.of("reason", " ")).post("/api/findings/{id}/no-action", areas.get(0).id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        long strength = review.themes.get(0).findings.get(0).id;
        as("lead").body(Map.of("reason", "Not needed")).post("/api/findings/{id}/no-action", strength)
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
        as("slt").body(Map.of("reason", "x")).post("/api/findings/{id}/no-action", areas.get(0).id)
                .then().statusCode(403);
        as("councillor").post("/api/plans/{id}/ready", plan.id).then().statusCode(403);
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", not(equalTo(0)));
    }
}
