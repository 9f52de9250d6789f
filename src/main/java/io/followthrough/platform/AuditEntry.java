package io.followthrough.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One changed field: who changed what, when, from what to what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends AuditedEntity {

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public long entityId;

    @Column(nullable = false)
    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static List<AuditEntry> of(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by changedAt desc, id desc", entityType, entityId);
    }

    /**
     * Redaction reaches the trail too: the words redacted from a record are replaced by the mark wherever the trail
     * of that entity kept them as an old or new value.
     */
    public static int redact(String entityType, long entityId, String words, String mark) {
        return update("""
                oldValue = replace(oldValue, ?3, ?4), newValue = replace(newValue, ?3, ?4)
                where entityType = ?1 and entityId = ?2
                and (locate(?3, oldValue) > 0 or locate(?3, newValue) > 0)""", entityType, entityId, words, mark);
    }
}
