package io.followthrough.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The reminders each person has switched off (table reminder_opt_out); everything else is on. */
@ApplicationScoped
public class ReminderOptOuts {

    private final EntityManager entityManager;
    private final Clock clock;

    public ReminderOptOuts(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Set<ReminderKind> switchedOff(long personId) {
        @SuppressWarnings("unchecked")
        List<String> kinds = entityManager.createNativeQuery(
                "select kind from reminder_opt_out where person_id = ?1").setParameter(1, personId).getResultList();
        Set<ReminderKind> off = EnumSet.noneOf(ReminderKind.class);
        for (String kind : kinds) {
            for (ReminderKind k : ReminderKind.values()) {
                if (k.name().equals(kind) && k.canSwitchOff()) {
                    off.add(k);
                }
            }
        }
        return off;
    }

    public boolean isOff(long personId, ReminderKind kind) {
        return switchedOff(personId).contains(kind);
    }

    public void set(long personId, ReminderKind kind, boolean on) {
        if (on) {
            entityManager.createNativeQuery("delete from reminder_opt_out where person_id = ?1 and kind = ?2")
                    .setParameter(1, personId).setParameter(2, kind.name()).executeUpdate();
        } else {
            entityManager.createNativeQuery("""
                            insert into reminder_opt_out (person_id, kind, created_at) values (?1, ?2, ?3)
                            on conflict do nothing""")
                    .setParameter(1, personId).setParameter(2, kind.name())
                    .setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
        }
    }
}
