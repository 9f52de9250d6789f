package io.followthrough.plan.overview;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OverviewResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void update(String account, Action action, String rag, String reason) {
        Map<String, Object> body = reason == null
                ? Map.of("narrative", "Update", "status", "IN_PROGRESS", "rag", rag)
                : Map.of("narrative", "Update", "status", "IN_PROGRESS", "rag", rag, "reason", reason);
        as(account).body(body).post("/api/actions/{id}/updates", action.id).then().statusCode(201);
    }

    @Test
    void exceptionsAreRedOverdueAndWorseningActionsWithTheirReasons() {
        clock.setToday(LocalDate.of(2027, 2, 1));
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Action red = Fixtures.action(plan, lead).title("Red").rag(Rag.RED, "No data sharing agreement").create();
        Fixtures.action(plan, lead).title("Late").targetDate(LocalDate.of(2027, 1, 15)).create();
        Action worse = Fixtures.action(plan, lead).title("Worse").create();
        update("lead", worse, "GREEN", null);
        update("lead", worse, "AMBER", "Staff absence; cover agreed");
        Fixtures.action(plan, lead).title("Fine").create();
        Fixtures.action(plan, lead).title("Done late").status(ActionStatus.COMPLETE)
                .targetDate(LocalDate.of(2027, 1, 10)).create();

        as("councillor").get("/api/plans/{id}/exceptions", plan.id).then().statusCode(200)
                .body("action.title", containsInAnyOrder("Red", "Late", "Worse"))
                .body("find { it.action.title == 'Red' }.reasons", contains("Red"))
                .body("find { it.action.title == 'Red' }.action.ragReason", equalTo("No data sharing agreement"))
                .body("find { it.action.title == 'Late' }.reasons", contains("Overdue"))
                .body("find { it.action.title == 'Worse' }.reasons", contains("Worse than before"))
                .body("find { it.action.title == 'Worse' }.action.direction", equalTo("WORSENED"));
        as("slt").get("/api/actions/{id}", red.id).then().body("direction", equalTo("NOT_COMPARED"));
    }

    @Test
    void theThemeRollUpCountsRagAndStatusPerTheme() {
        Person lead = Fixtures.person();
        Review review = Fixtures.review();
        Plan plan = Fixtures.plan(review, lead);
        var theme = Fixtures.themeOf(review);
        Fixtures.action(plan, lead).theme(theme).rag(Rag.RED, "Blocked").create();
        Fixtures.action(plan, lead).theme(theme).status(ActionStatus.COMPLETE).create();
        as("slt").get("/api/plans/{id}/themes/summary", plan.id).then().statusCode(200)
                .body("[0].heading", equalTo(theme.heading()))
                .body("[0].actions", equalTo(2))
                .body("[0].rag.RED", equalTo(1))
                .body("[0].rag.GREEN", equalTo(0))
                .body("[0].status.COMPLETE", equalTo(1));
    }

    @Test
    void partnersSeeTheActionsTheyLeadAndSupport() {
        Partner health = Fixtures.partner();
        Person nurse = Fixtures.person(health);
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Fixtures.action(plan, nurse).title("Health leads").create();
        Fixtures.action(plan, lead).title("Health supports").supportedBy(health).rag(Rag.AMBER, "Capacity").create();
        as("councillor").get("/api/plans/{id}/partners/summary", plan.id).then().statusCode(200)
                .body("find { it.partner == '" + health.name + "' }.leads.title", contains("Health leads"))
                .body("find { it.partner == '" + health.name + "' }.supports.title", contains("Health supports"))
                .body("find { it.partner == '" + health.name + "' }.rag.AMBER", equalTo(1));
    }

    @Test
    void myActionsPutOverdueFirstThenThisTerm() {
        clock.setToday(LocalDate.of(2031, 10, 1));
        as("lead").get("/api/terms?year=2031-32").then().statusCode(200);
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Fixtures.action(plan, officer).title("Overdue one").targetDate(LocalDate.of(2031, 9, 20)).create();
        Fixtures.action(plan, officer).title("Due this term").targetDate(LocalDate.of(2031, 12, 1)).create();
        Fixtures.action(plan, officer).title("Next year").targetDate(LocalDate.of(2032, 7, 1)).create();
        as("officer").get("/api/me/actions").then().statusCode(200)
                .body("currentTerm", equalTo("Autumn 2031"))
                .body("overdue.title", hasItem("Overdue one"))
                .body("dueThisTerm.title", hasItem("Due this term"))
                .body("later.title", hasItem("Next year"));
        as("councillor").get("/api/me/actions").then().statusCode(403);
    }
}
