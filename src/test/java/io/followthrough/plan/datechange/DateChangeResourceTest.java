package io.followthrough.plan.datechange;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class DateChangeResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApprovedChangeMovesTheDateKeepsTheOriginalAndMarksTheActionReprogrammedNotLate() {
        clock.setToday(LocalDate.of(2027, 4, 10));
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, officer).targetDate(LocalDate.of(2027, 3, 31)).create();
        as("officer").get("/api/actions/{id}", action.id).then().body("overdue", equalTo(true));

        int changeId = as("officer").body(Map.of("requestedDate", "2027-07-31",
                        "reason", "Social care restructure delayed the protocol sign-off"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(201)
                .body("decision", equalTo("PENDING")).body("originalDate", equalTo("2027-03-31"))
                .extract().path("id");
        as("officer").get("/api/actions/{id}", action.id).then().body("targetDate", equalTo("2027-03-31"));

        as("lead").body(Map.of("approved", true, "comment", "Agreed at SLT"))
                .post("/api/date-changes/{id}/decision", changeId).then().statusCode(200)
                .body("decision", equalTo("APPROVED"));
        as("slt").get("/api/actions/{id}", action.id).then()
                .body("targetDate", equalTo("2027-07-31"))
                .body("originalTargetDate", equalTo("2027-03-31"))
                .body("reprogrammed", equalTo(true))
                .body("overdue", equalTo(false));
        as("lead").get("/api/actions/{id}/audit", action.id).then().statusCode(200)
                .body("field", hasItem("targetDate"));
    }

    @Test
    void aRefusalNeedsACommentAndLeavesTheDate() {
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, officer).create();
        int changeId = as("officer").body(Map.of("requestedDate", "2027-09-30", "reason", "Waiting for data"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(201).extract().path("id");
        as("lead").body(Map.of("approved", false)).post("/api/date-changes/{id}/decision", changeId)
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as("lead").body(Map.of("approved", false, "comment", "Keep the date; escalate instead"))
                .post("/api/date-changes/{id}/decision", changeId).then().statusCode(200)
                .body("decision", equalTo("REFUSED"));
        as("lead").body(Map.of("approved", true)).post("/api/date-changes/{id}/decision", changeId)
                .then().statusCode(409).body("detail", containsString("already refused"));
        as("lead").get("/api/actions/{id}", action.id).then().body("reprogrammed", equalTo(false));
    }

    @Test
    void aRequestNeedsAReasonADifferentDateAndNoOtherRequestWaiting() {
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, officer).targetDate(LocalDate.of(2027, 3, 31)).create();
        as("officer").body(Map.of("requestedDate", "2027-03-31", "reason", "x"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(400)
                .body("errors[0].field", equalTo("requestedDate"));
        as("officer").body(Map.of("requestedDate", "2027-05-31"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("officer").body(Map.of("requestedDate", "2027-05-31", "reason", "Late data"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(201);
        as("officer").body(Map.of("requestedDate", "2027-06-30", "reason", "Even later"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(400)
                .body("errors[0].message", containsString("already waiting"));
    }

    @Test
    void officersAskOnlyForTheirOwnActionsAndOnlyTheLeadDecides() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Action notTheirs = Fixtures.action(plan, lead).create();
        as("officer").body(Map.of("requestedDate", "2027-09-30", "reason", "x"))
                .post("/api/actions/{id}/date-changes", notTheirs.id).then().statusCode(403);
        as("slt").body(Map.of("requestedDate", "2027-09-30", "reason", "x"))
                .post("/api/actions/{id}/date-changes", notTheirs.id).then().statusCode(403);
        int changeId = as("lead").body(Map.of("requestedDate", "2027-09-30", "reason", "Lead asks"))
                .post("/api/actions/{id}/date-changes", notTheirs.id).then().statusCode(201).extract().path("id");
        as("officer").body(Map.of("approved", true)).post("/api/date-changes/{id}/decision", changeId)
                .then().statusCode(403);
        as("councillor").get("/api/actions/{id}/audit", notTheirs.id).then().statusCode(403);
        as("officer").get("/api/actions/{id}/audit", notTheirs.id).then().statusCode(403);
        as("slt").get("/api/actions/{id}/audit", notTheirs.id).then().statusCode(200);
    }
}
