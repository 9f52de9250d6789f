package io.followthrough.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Objects;

/** Records changes field by field, in the caller's transaction. */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;
    private final Actor actor;

    public AuditTrail(Clock clock, Actor actor) {
        this.clock = clock;
        this.actor = actor;
    }

    public void created(String entityType, long entityId, String summary) {
        record(entityType, entityId, "created", null, summary);
    }

    /** Records the change when the value really changed; does nothing otherwise. */
    public void changed(String entityType, long entityId, String field, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (!Objects.equals(before, after)) {
            record(entityType, entityId, field, before, after);
        }
    }

    private void record(String entityType, long entityId, String field, String oldValue, String newValue) {
        AuditEntry entry = new AuditEntry();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.field = field;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entry.changedBy = actor.name();
        entry.changedAt = clock.instant();
        entry.persist();
    }
}
