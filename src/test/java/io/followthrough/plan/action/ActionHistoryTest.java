package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.platform.AuditEntry;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What happened to an action stays known: every change is audited and progress updates cannot be rewritten. */
@QuarkusTest
class ActionHistoryTest {

    @Inject
    EntityManager entityManager;

    @Test
    void everyChangedFieldIsRecordedWithWhoAndWhen() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        Action action = Fixtures.action(plan, lead).title("Before").create();

        as("lead").body(Map.of("title", "After", "leadId", lead.id, "targetDate", "2027-03-31",
                "reference", action.reference, "status", "IN_PROGRESS", "rag", "GREEN", "version", 0))
                .put("/api/actions/{id}", action.id).then().statusCode(200);

        List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("Action", action.id));
        AuditEntry title = entries.stream().filter(e -> e.field.equals("title")).findFirst().orElseThrow();
        assertEquals("Before", title.oldValue);
        assertEquals("After", title.newValue);
        assertEquals("lead", title.changedBy);
        assertNotNull(title.changedAt);
        assertTrue(entries.stream().noneMatch(e -> e.field.equals("targetDate")), "unchanged fields are not recorded");

        Action saved = QuarkusTransaction.requiringNew().call(() -> Action.findById(action.id));
        assertEquals("lead", saved.updatedBy);
        assertEquals("system", saved.createdBy);
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteAProgressUpdate() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        Action action = Fixtures.action(plan, lead).create();
        as("lead").body(Map.of("narrative", "Original words", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201);
        long id = QuarkusTransaction.requiringNew().call(() -> ProgressUpdate.ofActionNewestFirst(action.id).get(0).id);

        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("update progress_update set narrative = 'Rewritten' where id = :id")
                        .setParameter("id", id).executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from progress_update where id = :id")
                        .setParameter("id", id).executeUpdate()));
        String narrative = QuarkusTransaction.requiringNew().call(() ->
                ProgressUpdate.<ProgressUpdate>findById(id).narrative);
        assertEquals("Original words", narrative);
    }
}
