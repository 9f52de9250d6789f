package io.followthrough.termlyreview;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No query per action: the review pack, before and after sign-off, and the meeting page cost the same number of SQL
 * statements for a plan of 3 actions or 30.
 */
@QuarkusTest
class TermlyReviewQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    TestClock clock;

    @BeforeEach
    void afterTheAutumnMeeting() {
        clock.setToday(LocalDate.of(2052, 12, 1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long statementsFor(Runnable request) {
        sessionFactory.getStatistics().clear();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /** A plan's autumn review, signed off with every action agreed, and its spring review, scheduled. */
    private record Reviews(int signedOff, int scheduled) {
    }

    private static Reviews planWithTwoReviews(Person chair, int actions) {
        Person lead = Fixtures.person();
        Partner partner = Fixtures.partner();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        List<Action> created = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            Action action = Fixtures.action(plan, lead).supportedBy(partner).targetDate(LocalDate.of(2053, 7, 31))
                    .rag(Rag.AMBER, "At risk").create();
            for (int u = 0; u < 2; u++) {
                as("lead").body(Map.of("narrative", "Update " + u + " of " + action.reference, "status", "IN_PROGRESS",
                        "rag", u == 0 ? "GREEN" : "RED", "reason", "Escalated"))
                        .post("/api/actions/{id}/updates", action.id).then().statusCode(201);
            }
            created.add(action);
        }
        List<Integer> terms = as("lead").get("/api/terms?year=2052-53").then().extract().path("items.id");
        int autumn = schedule(plan, chair, terms.get(0), "2052-11-20");
        for (Action action : created) {
            as("slt").body(Map.of("agreedRag", "AMBER", "comment", "Agreed"))
                    .put("/api/termly-reviews/{id}/entries/{actionId}", autumn, action.id).then().statusCode(200);
        }
        as("slt").post("/api/termly-reviews/{id}/sign-off", autumn).then().statusCode(200);
        int spring = schedule(plan, chair, terms.get(1), "2053-03-20");
        as("slt").body(Map.of("agreedRag", "RED", "comment", "Worse"))
                .put("/api/termly-reviews/{id}/entries/{actionId}", spring, created.get(0).id).then().statusCode(200);
        return new Reviews(autumn, spring);
    }

    private static int schedule(Plan plan, Person chair, int termId, String meetingDate) {
        return as("lead").body(Map.of("termId", termId, "meetingDate", meetingDate, "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");
    }

    private List<Long> statementsOf(Browser slt, Reviews reviews) {
        slt.get("/termly-reviews/" + reviews.scheduled()).then().statusCode(200);
        return List.of(
                statementsFor(() -> slt.get("/termly-reviews/" + reviews.scheduled()).then().statusCode(200)
                        .body(containsString("Worse than last term"))),
                statementsFor(() -> slt.get("/termly-reviews/" + reviews.signedOff()).then().statusCode(200)),
                statementsFor(() -> slt.get("/termly-reviews/" + reviews.scheduled() + "/meeting").then().statusCode(200)),
                statementsFor(() -> as("slt").get("/api/termly-reviews/{id}/pack", reviews.scheduled()).then()
                        .statusCode(200)));
    }

    @Test
    void thePackIssuesTheSameStatementsWhateverTheNumberOfActions() {
        Person chair = Fixtures.personSigningInAs("slt");
        Browser slt = Browser.signedInAs("slt");
        List<Long> small = statementsOf(slt, planWithTwoReviews(chair, 3));
        List<Long> large = statementsOf(slt, planWithTwoReviews(chair, 30));

        assertEquals(small.get(0), large.get(0), "scheduled pack page statements for 3 and 30 actions");
        assertEquals(small.get(1), large.get(1), "signed-off pack page statements for 3 and 30 actions");
        assertEquals(small.get(2), large.get(2), "meeting page statements for 3 and 30 actions");
        assertEquals(small.get(3), large.get(3), "pack API statements for 3 and 30 actions");
    }

    /** The live pack reads the plan's actions, their newest updates and partners as rows: no entity per action. */
    @Test
    void theScheduledPackLoadsNoEntityPerAction() {
        Person chair = Fixtures.personSigningInAs("slt");
        Browser slt = Browser.signedInAs("slt");
        long small = entitiesLoadedBy(slt, planWithTwoReviews(chair, 3).scheduled());
        long large = entitiesLoadedBy(slt, planWithTwoReviews(chair, 30).scheduled());
        assertEquals(small, large, "entities loaded for the scheduled pack of 3 and of 30 actions");
    }

    private long entitiesLoadedBy(Browser slt, int review) {
        slt.get("/termly-reviews/" + review).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        slt.get("/termly-reviews/" + review).then().statusCode(200).body(containsString("Worse than last term"));
        return sessionFactory.getStatistics().getEntityLoadCount();
    }
}
