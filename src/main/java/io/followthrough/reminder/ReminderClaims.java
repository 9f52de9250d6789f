package io.followthrough.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The claim table that makes sending safe with several instances of the service: a reminder is sent only by the
 * transaction that inserted its row. A second instance inserting the same row waits on the first's lock and then
 * inserts nothing; if the first rolls back (the mail server refused), the second sends instead.
 */
@ApplicationScoped
public class ReminderClaims {

    private final EntityManager entityManager;
    private final Clock clock;

    public ReminderClaims(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Claims one reminder in the current transaction; false when someone has already sent or is sending it. */
    public boolean claim(ReminderKind kind, long subjectId, long recipientId, String period) {
        int inserted = entityManager.createNativeQuery("""
                        insert into reminder_claim (kind, subject_id, recipient_id, period, claimed_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, kind.name()).setParameter(2, subjectId).setParameter(3, recipientId)
                .setParameter(4, period).setParameter(5, OffsetDateTime.now(clock))
                .executeUpdate();
        return inserted == 1;
    }
}
