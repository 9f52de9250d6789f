package io.followthrough.plan;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** No query per row: the plan page and list cost the same number of SQL statements for 3 actions or 30. */
@QuarkusTest
class PlanQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(Runnable request) {
        sessionFactory.getStatistics().clear();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void grow(Plan plan, Person lead, Partner partner, int actions) {
        for (int i = 0; i < actions; i++) {
            Action action = Fixtures.action(plan, lead).supportedBy(partner).rag(Rag.AMBER, "At risk").create();
            for (int u = 0; u < 2; u++) {
                as("lead").body(Map.of("narrative", "Update " + u, "status", "IN_PROGRESS", "rag", u == 0 ? "GREEN" : "RED",
                        "reason", "Escalated")).post("/api/actions/{id}/updates", action.id).then().statusCode(201);
            }
        }
    }

    @Test
    void thePlanPageIssuesTheSameStatementsWhateverTheNumberOfActions() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Partner partner = Fixtures.partner();
        Plan plan = Fixtures.plan(review, lead);
        Browser browser = Browser.signedInAs("slt");
        grow(plan, lead, partner, 3);
        browser.get("/plans/" + plan.id).then().statusCode(200);
        long small = statementsFor(() -> browser.get("/plans/" + plan.id).then().statusCode(200));
        long smallApi = statementsFor(() -> as("slt").get("/api/plans/{id}/actions", plan.id).then().statusCode(200));
        long smallExceptions = statementsFor(() -> browser.get("/plans/" + plan.id + "/exceptions").then().statusCode(200));

        grow(plan, lead, partner, 27);
        long large = statementsFor(() -> browser.get("/plans/" + plan.id).then().statusCode(200));
        long largeApi = statementsFor(() -> as("slt").get("/api/plans/{id}/actions", plan.id).then().statusCode(200));
        long largeExceptions = statementsFor(() -> browser.get("/plans/" + plan.id + "/exceptions").then().statusCode(200));

        assertEquals(small, large, "plan page statements for 3 and 30 actions");
        assertEquals(smallApi, largeApi, "action list statements for 3 and 30 actions");
        assertEquals(smallExceptions, largeExceptions, "exception view statements for 3 and 30 actions");
    }
}
