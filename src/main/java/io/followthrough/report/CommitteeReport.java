package io.followthrough.report;

import io.followthrough.plan.Plan;
import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Optional;

/** A formal report to a council body about a plan; its front and narrative are kept as JSON documents. */
@Entity
public class CommitteeReport extends AuditedEntity {

    public enum State { DRAFT }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportKind kind;

    @Column(nullable = false)
    public String body;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(nullable = false)
    public String subject;

    @Column(name = "front_json", nullable = false)
    public String frontJson;

    @Column(name = "sections_json", nullable = false)
    public String sectionsJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state = State.DRAFT;

    @Version
    @Column(nullable = false)
    public long version;

    public static java.util.List<CommitteeReport> ofPlan(long planId) {
        return list("from CommitteeReport r join fetch r.plan where r.plan.id = ?1 order by r.meetingDate desc", planId);
    }

    public static Optional<CommitteeReport> withPlan(long id) {
        return find("from CommitteeReport r join fetch r.plan where r.id = ?1", id).firstResultOptional();
    }
}
