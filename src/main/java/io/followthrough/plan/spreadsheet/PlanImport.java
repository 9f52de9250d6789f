package io.followthrough.plan.spreadsheet;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.util.Optional;

/** A previewed spreadsheet import of a plan, kept until the plan lead confirms it. */
@Entity
public class PlanImport extends AuditedEntity {

    public enum State { PREVIEWED, CONFIRMED }

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** The rows as read and checked, which confirming applies. */
    @Column(name = "rows_json", nullable = false)
    public String rowsJson;

    /** The version of each action the preview compared against. */
    @Column(name = "versions_json", nullable = false)
    public String versionsJson;

    /** Rows the preview could not use; an import with any is never applied. */
    @Column(name = "error_count", nullable = false)
    public int errorCount;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state = State.PREVIEWED;

    public static Optional<PlanImport> ofPlan(long planId, long id) {
        return find("planId = ?1 and id = ?2", planId, id).firstResultOptional();
    }
}
