package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No query per action: a committee report costs the same number of SQL statements for 3 actions or 30. */
@QuarkusTest
class ReportQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ReportService reports;

    private long statementsFor(Runnable work) {
        sessionFactory.getStatistics().clear();
        work.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void grow(Plan plan, Person lead, int actions) {
        for (int i = 0; i < actions; i++) {
            Action action = Fixtures.action(plan, lead).rag(Rag.AMBER, "At risk").create();
            for (int u = 0; u < 2; u++) {
                as("lead").body(Map.of("narrative", "Update " + u + " of " + action.reference, "status", "IN_PROGRESS",
                        "rag", "AMBER", "reason", "At risk")).post("/api/actions/{id}/updates", action.id).then()
                        .statusCode(201);
            }
        }
    }

    @Test
    void buildingTheReportIssuesTheSameStatementsWhateverTheNumberOfActions() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        grow(plan, lead, 3);
        long endorsement = ((Number) as("lead").body(Map.of("kind", "ENDORSEMENT", "body", "Executive",
                "meetingDate", "2027-02-14")).post("/api/plans/{id}/reports", plan.id).then().statusCode(201)
                .extract().path("id")).longValue();
        long progress = ((Number) as("lead").body(Map.of("kind", "PROGRESS", "body", "Executive",
                "meetingDate", "2027-06-14")).post("/api/plans/{id}/reports", plan.id).then().statusCode(201)
                .extract().path("id")).longValue();
        reports.document(endorsement);
        long small = statementsFor(() -> reports.document(endorsement));
        long smallProgress = statementsFor(() -> reports.document(progress));

        grow(plan, lead, 27);
        long large = statementsFor(() -> reports.document(endorsement));
        long largeProgress = statementsFor(() -> reports.document(progress));

        ReportDocument document = reports.document(endorsement);
        assertEquals(30, document.actionPlan().size());
        assertTrue(document.actionPlan().stream().allMatch(a -> a.latestProgress().startsWith("Update 1 of ")),
                "each action's latest progress");
        assertEquals(small, large, "endorsement report statements for 3 and 30 actions");
        assertEquals(smallProgress, largeProgress, "progress report statements for 3 and 30 actions");
    }
}
