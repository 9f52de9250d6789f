package io.followthrough.platform;

import io.agroal.api.AgroalDataSource;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.platform.web.ErrorMappers;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ErrorResponsesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anUnexpectedFailureIsAProblemWithACorrelationIdThatTheLogCarriesToo() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(ErrorMappers.class.getName());
        logger.addHandler(capture);
        try {
            Response response = as("lead").get("/api/test-only/failure");
            response.then().statusCode(500)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(500))
                    .body("title", equalTo("Something went wrong"))
                    .body(not(containsString("IllegalStateException")))
                    .body(not(containsString(FailingResource.SECRET)))
                    .body(not(containsString("io.followthrough")));
            String id = response.jsonPath().getString("correlationId");
            assertTrue(id != null && id.matches("[0-9a-f-]{36}"), "a correlation id: " + id);
            assertTrue(response.jsonPath().getString("detail").contains(id), "the detail quotes the id");
            assertTrue(logged.stream().anyMatch(r -> format(r).contains(id) && r.getThrown() != null),
                    "the log line names the id and keeps the cause: " + logged.stream().map(this::format).toList());
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void theTestOnlyFailureIsRefusedToOtherRoles() {
        as("officer").get("/api/test-only/failure").then().statusCode(403);
    }

    /**
     * Two people save an action with the same reference at the same moment: both pass the check for an existing
     * reference, and the database's unique constraint decides. The first is saved; the second gets a 409 saying why.
     */
    @Test
    void aRacingDuplicateReferenceIsAConflictNotAFailure() throws Exception {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        String reference = Fixtures.unique("R");
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            insertAction(first, plan, lead, reference);
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> as("lead")
                    .body(Map.of("reference", reference, "title", "Second person's action", "leadId", lead.id,
                            "targetDate", "2027-03-31"))
                    .post("/api/plans/" + plan.id + "/actions"));
            awaitBlockedOnTheFirst();
            first.commit();
            second.get().then().statusCode(409)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString("already has an action with this reference"));
        }
        as("lead").get("/api/plans/" + plan.id + "/actions").then().statusCode(200)
                .body(not(containsString("Second person's action")));
    }

    private void insertAction(Connection connection, Plan plan, Person lead, String reference) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into action (id, plan_id, reference, title, lead_id, target_date, status, rag, version,
                                    created_at, created_by, updated_at, updated_by)
                values (nextval('action_seq') + 1000000, ?, ?, 'First person''s action', ?, date '2027-03-31',
                        'NOT_STARTED', 'NOT_YET_RATED', 0, now(), 'lead', now(), 'lead')""")) {
            insert.setLong(1, plan.id);
            insert.setString(2, reference);
            insert.setLong(3, lead.id);
            insert.executeUpdate();
        }
    }

    /** Waits until the second insert is queued behind the first one's uncommitted row. */
    private void awaitBlockedOnTheFirst() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection watcher = dataSource.getConnection();
             PreparedStatement waiting = watcher.prepareStatement(
                     "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into action%'")) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("The second insert never reached the database");
    }

    private String format(LogRecord record) {
        Object[] parameters = record.getParameters();
        String message = record.getMessage();
        return parameters == null ? message : String.format(message, parameters);
    }
}
