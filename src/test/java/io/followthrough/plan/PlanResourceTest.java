package io.followthrough.plan;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PlanResourceTest {

    @Test
    void theLeadCreatesAPlanAnsweringAReview() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        String location = as("lead").body(Map.of("title", "Peer Review Action Plan 2026–27",
                        "reviewIds", List.of(review.id), "leadId", lead.id))
                .post("/api/plans").then().statusCode(201)
                .body("id", notNullValue())
                .body("kind", equalTo("REVIEW_ACTION_PLAN"))
                .body("reviewIds", contains(review.id.intValue()))
                .body("leadName", equalTo(lead.name))
                .extract().header("Location");
        as("councillor").get(location).then().statusCode(200).body("title", equalTo("Peer Review Action Plan 2026–27"));
    }

    @Test
    void aPlanCountsItsActionsByRag() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        Fixtures.action(plan, lead).rag(Rag.RED, "Blocked").create();
        Fixtures.action(plan, lead).rag(Rag.AMBER, "At risk").create();
        Fixtures.action(plan, lead).create();
        as("slt").get("/api/plans/{id}", plan.id).then().statusCode(200)
                .body("actionCount", equalTo(3))
                .body("ragCounts.RED", equalTo(1))
                .body("ragCounts.AMBER", equalTo(1))
                .body("ragCounts.GREEN", equalTo(1));
    }

    @Test
    void aPlanNeedsATitleALeadAndTheReviewItAnswers() {
        as("lead").body(Map.of("title", "")).post("/api/plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("leadId"));
        Person lead = Fixtures.person();
        as("lead").body(Map.of("title", "No review", "leadId", lead.id)).post("/api/plans").then().statusCode(400)
                .body("errors.field", contains("reviewIds"));
        as("lead").body(Map.of("title", "Unknown review", "leadId", lead.id, "reviewIds", List.of(987654321)))
                .post("/api/plans").then().statusCode(400)
                .body("errors[0].message", containsString("987654321"));
    }

    @Test
    void theLeadRenamesAPlan() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        as("lead").body(Map.of("title", "Renamed", "leadId", lead.id, "reviewIds", List.of(review.id)))
                .put("/api/plans/{id}", plan.id).then().statusCode(200).body("title", equalTo("Renamed"));
    }

    @Test
    void plansAreListedInPages() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Fixtures.plan(review, lead);
        Fixtures.plan(review, lead);
        as("officer").queryParam("size", 1).get("/api/plans").then().statusCode(200)
                .body("size", equalTo(1)).body("items.size()", equalTo(1));
        as("officer").queryParam("size", 500).get("/api/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void onlyTheLeadWritesPlansAndAnonymousCallersAreAskedToSignIn() {
        anonymous().get("/api/plans").then().statusCode(401);
        as("officer").body(Map.of("title", "x")).post("/api/plans").then().statusCode(403);
        as("slt").body(Map.of("title", "x")).post("/api/plans").then().statusCode(403);
        as("councillor").body(Map.of("title", "x")).post("/api/plans").then().statusCode(403);
        as("lead").get("/api/plans/{id}", 987654321).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        anonymous().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/plans/{planId}/actions"));
    }
}
