package io.followthrough.plan.action;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read paths of the action API: a page of a plan's actions in one statement, one action in two, and one action
 * with its recent history in one request ({@code ?include=updates}).
 */
@QuarkusTest
class ActionReadTest {

    @Inject
    SessionFactory sessionFactory;

    Review review;
    Person lead;
    Partner partner;
    Plan plan;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        lead = Fixtures.person();
        partner = Fixtures.partner();
        plan = Fixtures.plan(review, lead);
    }

    private long statementsFor(Runnable request) {
        sessionFactory.getStatistics().clear();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void post(Action action, String narrative, String rag) {
        as("lead").body(Map.of("narrative", narrative, "status", "IN_PROGRESS", "rag", rag, "reason", "Escalated"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201);
    }

    @Test
    void aPageOfAPlansActionsIsOneStatementWithTheRatingBeforeAndTheTotal() {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Action action = Fixtures.action(plan, lead).supportedBy(partner).create();
            post(action, "First", "GREEN");
            post(action, "Second", "RED");
            actions.add(action);
        }
        as("slt").get("/api/plans/{id}/actions", plan.id).then().statusCode(200);

        long statements = statementsFor(() -> as("slt").queryParam("size", 3)
                .get("/api/plans/{id}/actions", plan.id).then().statusCode(200)
                .body("total", equalTo(4)).body("pageCount", equalTo(2)).body("items.size()", equalTo(3))
                .body("items[0].previousRag", equalTo("GREEN")).body("items[0].rag", equalTo("RED"))
                .body("items[0].direction", equalTo("WORSENED")));
        assertEquals(1, statements, "statements for one page of actions");

        as("slt").queryParam("size", 3).queryParam("page", 1).get("/api/plans/{id}/actions", plan.id).then()
                .statusCode(200).body("total", equalTo(4)).body("items.size()", equalTo(1));
        as("slt").queryParam("size", 3).queryParam("page", 5).get("/api/plans/{id}/actions", plan.id).then()
                .statusCode(200).body("total", equalTo(4)).body("items.size()", equalTo(0));
        as("slt").get("/api/plans/{id}/actions", 999_999_999).then().statusCode(404);
    }

    @Test
    void oneActionIsTwoStatementsWithItsFindingsAndPartners() {
        List<Finding> areas = Fixtures.areasOf(review);
        int id = as("lead").body(Map.of("title", "Agree the protocol", "leadId", lead.id, "targetDate", "2027-03-31",
                        "findingIds", List.of(areas.get(1).id, areas.get(0).id), "partnerIds", List.of(partner.id)))
                .post("/api/plans/{id}/actions", plan.id).then().statusCode(201).extract().path("id");
        as("slt").get("/api/actions/{id}", id).then().statusCode(200);

        long statements = statementsFor(() -> as("slt").get("/api/actions/{id}", id).then().statusCode(200)
                .body("partnerIds", equalTo(List.of(partner.id.intValue())))
                .body("findingIds", containsInAnyOrder(areas.get(0).id.intValue(), areas.get(1).id.intValue()))
                .body("$", not(hasKey("updates"))));
        assertEquals(2, statements, "statements for one action");
    }

    @Test
    void includeUpdatesEmbedsTheFiftyNewestUpdatesNewestFirstAsTheUpdatesListShowsThem() {
        Action action = Fixtures.action(plan, lead).create();
        for (int u = 1; u <= 52; u++) {
            post(action, "Update " + u, u % 2 == 0 ? "AMBER" : "GREEN");
        }

        JsonPath embedded = as("councillor").queryParam("include", "updates").get("/api/actions/{id}", action.id)
                .then().statusCode(200).extract().jsonPath();
        JsonPath listed = as("councillor").queryParam("size", 50).get("/api/actions/{id}/updates", action.id)
                .then().statusCode(200).extract().jsonPath();

        assertEquals(50, embedded.getList("updates").size());
        assertEquals("Update 52", embedded.getString("updates[0].narrative"));
        assertEquals("Update 3", embedded.getString("updates[49].narrative"));
        assertEquals(listed.getList("items"), embedded.getList("updates"), "the same updates as the updates list");
        assertEquals("AMBER", embedded.getString("rag"));
        assertEquals("GREEN", embedded.getString("previousRag"));
    }

    @Test
    void aShortPageOfUpdatesNeedsNoCountAndAnEmptyOneStillAnswers404ForAnUnknownAction() {
        Action action = Fixtures.action(plan, lead).create();
        for (int u = 1; u <= 3; u++) {
            post(action, "Update " + u, "GREEN");
        }
        as("slt").get("/api/actions/{id}/updates", action.id).then().statusCode(200);

        long statements = statementsFor(() -> as("slt").get("/api/actions/{id}/updates", action.id).then()
                .statusCode(200).body("total", equalTo(3)).body("pageCount", equalTo(1))
                .body("items[0].narrative", equalTo("Update 3")));
        assertEquals(3, statements, "updates, their evidence files and their evidence links");
        as("slt").queryParam("size", 2).queryParam("page", 1).get("/api/actions/{id}/updates", action.id).then()
                .statusCode(200).body("total", equalTo(3)).body("pageCount", equalTo(2)).body("items.size()", equalTo(1));
        as("slt").queryParam("page", 4).get("/api/actions/{id}/updates", action.id).then()
                .statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(0));
        as("slt").get("/api/actions/{id}/updates", 999_999_999).then().statusCode(404);
    }

    @Test
    void includeWithAnythingElseIsRefusedNamingTheFieldAndAnonymousReadsNothing() {
        Action action = Fixtures.action(plan, lead).create();
        as("slt").queryParam("include", "audit").get("/api/actions/{id}", action.id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("include"));
        as("slt").queryParam("include", "updates").get("/api/actions/{id}", 999_999_999).then().statusCode(404);
        anonymous().queryParam("include", "updates").get("/api/actions/{id}", action.id).then().statusCode(401);
    }

    @Test
    void anActionReadBackWithItsUpdatesCanBeSentBackAsItWas() {
        Action action = Fixtures.action(plan, lead).create();
        post(action, "Started", "GREEN");
        Map<String, Object> read = as("lead").queryParam("include", "updates").get("/api/actions/{id}", action.id)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        as("lead").body(read).put("/api/actions/{id}", action.id).then().statusCode(200);
    }

    @Test
    void readingAReviewWithItsThemesAppliesNoPaginationInMemory() {
        Review review = Fixtures.review();
        List<String> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = String.valueOf(record.getMessage());
                if (message.contains("HHH90003004") || message.contains("applying in memory")) {
                    warnings.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger hibernate = Logger.getLogger("org.hibernate");
        hibernate.addHandler(handler);
        try {
            as("slt").get("/api/reviews/{id}", review.id).then().statusCode(200);
        } finally {
            hibernate.removeHandler(handler);
        }
        assertTrue(warnings.isEmpty(), "Hibernate warned: " + warnings);
    }
}
