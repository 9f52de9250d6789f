package io.followthrough.platform;

import java.time.Instant;

public record AuditJson(String entityType, long entityId, String field, String oldValue, String newValue,
                        String changedBy, Instant changedAt) {

    public static AuditJson of(AuditEntry entry) {
        return new AuditJson(entry.entityType, entry.entityId, entry.field, entry.oldValue, entry.newValue,
                entry.changedBy, entry.changedAt);
    }
}
