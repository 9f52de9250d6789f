package io.followthrough.plan.action;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ActionResourceTest {

    @Inject
    TestClock clock;

    Review review;
    Person lead;
    Plan plan;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        lead = Fixtures.person();
        plan = Fixtures.plan(review, lead);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, Object> newAction(String title) {
        List<Finding> areas = Fixtures.areasOf(review);
        return Map.of("title", title, "findingIds", List.of(areas.get(0).id), "leadId", lead.id,
                "targetDate", "2027-03-31", "successCriteria", "Every partner reports to SLT each term");
    }

    @Test
    void createsAnActionNumberedFromItsThemeWithLocationAndId() {
        String location = as("lead").body(newAction("Agree a partnership protocol"))
                .post("/api/plans/{id}/actions", plan.id)
                .then().statusCode(201)
                .body("id", org.hamcrest.Matchers.notNullValue())
                .body("reference", equalTo("3.2.1"))
                .body("status", equalTo("NOT_STARTED"))
                .body("rag", equalTo("NOT_YET_RATED"))
                .body("version", equalTo(0))
                .extract().header("Location");

        as("councillor").get(location).then().statusCode(200).body("title", equalTo("Agree a partnership protocol"));
        as("lead").body(newAction("A second action")).post("/api/plans/{id}/actions", plan.id)
                .then().statusCode(201).body("reference", equalTo("3.2.2"));
    }

    @Test
    void acceptsItsOwnRepresentationBackButStillRefusesUnknownFields() {
        String location = as("lead").body(newAction("Agree a partnership protocol"))
                .post("/api/plans/{id}/actions", plan.id).then().statusCode(201).extract().header("Location");
        Map<String, Object> read = as("lead").get(location).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> changed = new java.util.HashMap<>(read);
        changed.put("title", "Agree and publish a partnership protocol");
        as("lead").body(changed).put(location).then().statusCode(200)
                .body("title", equalTo("Agree and publish a partnership protocol"))
                .body("reference", equalTo(read.get("reference")))
                .body("version", equalTo(1));

        Map<String, Object> unknown = new java.util.HashMap<>(as("lead").get(location).then().extract().jsonPath().getMap(""));
        unknown.put("colour", "red");
        as("lead").body(unknown).put(location).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("is not a field"));
    }

    @Test
    void namesEveryBadFieldInAProblem() {
        as("lead").body(Map.of("title", " ", "rag", "RED")).post("/api/plans/{id}/actions", plan.id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("leadId"))
                .body("errors.field", hasItem("targetDate"));
    }

    @Test
    void refusesAnUnknownEnumOrDateWithTheFieldNamedNotA500() {
        as("lead").body(Map.of("title", "x", "leadId", lead.id, "targetDate", "31/03/2027"))
                .post("/api/plans/{id}/actions", plan.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("targetDate"))
                .body(not(containsString("Exception")));
        as("lead").body(Map.of("title", "x", "leadId", lead.id, "targetDate", "2027-03-31", "rag", "PURPLE"))
                .post("/api/plans/{id}/actions", plan.id)
                .then().statusCode(400).body("errors[0].field", equalTo("rag"))
                .body("errors[0].message", containsString("RED"));
    }

    @Test
    void refusesRedWithoutAReason() {
        Map<String, Object> body = new java.util.HashMap<>(newAction("Red one"));
        body.put("rag", "RED");
        as("lead").body(body).post("/api/plans/{id}/actions", plan.id)
                .then().statusCode(400).body("errors.field", contains("ragReason"));
    }

    @Test
    void answers404ForUnknownPlansAndActions() {
        as("lead").get("/api/plans/{id}/actions", 987654321).then().statusCode(404)
                .contentType("application/problem+json");
        as("lead").get("/api/actions/{id}", 987654321).then().statusCode(404)
                .body("detail", containsString("987654321"));
    }

    @Test
    void refusesAStaleVersionWith409AndChangesNothing() {
        Action action = Fixtures.action(plan, lead).title("Original title").create();
        Map<String, Object> edit = new java.util.HashMap<>(newAction("First edit"));
        edit.put("version", 0);
        as("lead").body(edit).put("/api/actions/{id}", action.id).then().statusCode(200)
                .body("version", equalTo(1)).body("title", equalTo("First edit"));

        edit.put("title", "Stale edit");
        as("lead").body(edit).put("/api/actions/{id}", action.id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("changed since you opened it"));
        as("lead").get("/api/actions/{id}", action.id).then().body("title", equalTo("First edit"));
    }

    @Test
    void filtersByRagStatusLeadAndOverdue() {
        clock.setToday(LocalDate.of(2027, 1, 10));
        Person other = Fixtures.person();
        Fixtures.action(plan, lead).title("Late one").targetDate(LocalDate.of(2026, 12, 1)).create();
        Fixtures.action(plan, lead).title("Red one").rag(Rag.RED, "No data yet").create();
        Fixtures.action(plan, other).title("Done").status(ActionStatus.COMPLETE)
                .targetDate(LocalDate.of(2026, 11, 1)).create();

        as("slt").queryParam("overdue", true).get("/api/plans/{id}/actions", plan.id)
                .then().statusCode(200).body("items.title", contains("Late one")).body("items[0].overdue", equalTo(true));
        as("slt").queryParam("rag", "RED").get("/api/plans/{id}/actions", plan.id)
                .then().body("items.title", contains("Red one"));
        as("slt").queryParam("lead", other.id).get("/api/plans/{id}/actions", plan.id)
                .then().body("items.title", contains("Done"));
        as("slt").queryParam("status", "COMPLETE").get("/api/plans/{id}/actions", plan.id)
                .then().body("items.title", contains("Done"));
        as("slt").queryParam("size", 2).get("/api/plans/{id}/actions", plan.id)
                .then().body("items", hasSize(2)).body("total", equalTo(3)).body("pageCount", equalTo(2));
    }

    @Test
    void aProgressUpdateMovesStatusAndRagAndIsListedNewestFirst() {
        Person officer = Fixtures.personSigningInAs("officer");
        Action action = Fixtures.action(plan, officer).create();
        as("officer").body(Map.of("narrative", "Protocol drafted", "status", "IN_PROGRESS", "rag", "AMBER",
                        "reason", "Health have not yet signed; escalated to the SLT chair", "impact", "Two partners signed",
                        "evidenceLinks", List.of("https://intranet.example.gov.uk/protocol")))
                .post("/api/actions/{id}/updates", action.id)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/actions/" + action.id + "/updates/\\d+"))
                .body("authorName", equalTo(officer.name));
        as("councillor").get("/api/actions/{id}", action.id).then()
                .body("rag", equalTo("AMBER")).body("ragReason", containsString("escalated"));
        as("slt").get("/api/actions/{id}/updates", action.id).then().statusCode(200)
                .body("items[0].narrative", equalTo("Protocol drafted"))
                .body("items[0].evidenceLinks", contains("https://intranet.example.gov.uk/protocol"));
    }

    @Test
    void aRedUpdateNeedsAReasonAndSavesNothingWithout() {
        Action action = Fixtures.action(plan, lead).create();
        as("lead").body(Map.of("narrative", "Stalled", "status", "IN_PROGRESS", "rag", "RED"))
                .post("/api/actions/{id}/updates", action.id)
                .then().statusCode(400).body("errors.field", contains("reason"));
        as("lead").get("/api/actions/{id}/updates", action.id).then().body("total", equalTo(0));
        as("lead").get("/api/actions/{id}", action.id).then().body("rag", equalTo("GREEN"));
    }

    @Test
    void refusesTextThatLooksLikeAPupilNumber() {
        Action action = Fixtures.action(plan, lead).create();
        as("lead").body(Map.of("narrative", "Met about A123456789012", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id)
                .then().statusCode(400).body("errors[0].field", equalTo("narrative"))
                .body("errors[0].message", containsString("pupil number"));
    }

    @Test
    void officersMayUpdateOnlyActionsTheyLeadOrSupport() {
        Partner partner = Fixtures.partner();
        Fixtures.joinPartner(Fixtures.personSigningInAs("officer"), partner);
        Action notTheirs = Fixtures.action(plan, lead).create();
        as("officer").body(Map.of("narrative", "Not mine", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", notTheirs.id)
                .then().statusCode(403).contentType("application/problem+json");
        Action supported = Fixtures.action(plan, lead).supportedBy(partner).create();
        as("officer").body(Map.of("narrative", "We support this", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", supported.id).then().statusCode(201);
    }

    @Test
    void updatesCannotBeEditedOrDeletedThroughAnyRoute() {
        Action action = Fixtures.action(plan, lead).create();
        as("lead").body(Map.of("narrative", "Done", "status", "COMPLETE", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201);
        as("lead").body(Map.of("narrative", "Changed")).put("/api/actions/{id}/updates", action.id)
                .then().statusCode(405);
        as("lead").delete("/api/actions/{id}/updates", action.id).then().statusCode(405);
    }

    @Test
    void onlyTheLeadWritesActionsAndNobodyAnonymousReads() {
        anonymous().get("/api/plans/{id}/actions", plan.id).then().statusCode(401);
        as("officer").body(newAction("Not allowed")).post("/api/plans/{id}/actions", plan.id).then().statusCode(403);
        as("slt").body(newAction("Not allowed")).post("/api/plans/{id}/actions", plan.id).then().statusCode(403);
        as("councillor").body(newAction("Not allowed")).post("/api/plans/{id}/actions", plan.id).then().statusCode(403);
        Action action = Fixtures.action(plan, lead).create();
        as("slt").body(Map.of("narrative", "x", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(403);
        as("councillor").body(Map.of("narrative", "x", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(403);
        as("lead").auth().preemptive().basic("lead", "wrong").get("/api/actions/{id}", action.id)
                .then().statusCode(401);
    }
}
