package io.followthrough.report;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A published version: frozen, so downloading it returns the same bytes forever (the database refuses changes). */
@Entity
@Immutable
public class ReportVersion extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public CommitteeReport report;

    @Column(nullable = false)
    public int number;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "document_json", nullable = false)
    public String documentJson;

    @Column(name = "sections_json", nullable = false)
    public String sectionsJson;

    @Column(name = "overrides_json", nullable = false)
    public String overridesJson;

    /** The gaps it was published with, as JSON: a list of descriptions. */
    @Column(name = "gaps_json", nullable = false)
    public String gapsJson = "[]";

    @Column(name = "gaps_reason")
    public String gapsReason;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] pdf;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] docx;

    public static List<ReportVersion> ofReport(long reportId) {
        return list("report.id = ?1 order by number", reportId);
    }

    /** The latest version of every published report, newest first; one query, without the files or the document. */
    public static List<PublishedReport> latestOfEachReport() {
        return getEntityManager().createQuery("""
                select new io.followthrough.report.PublishedReport(r.id, r.kind, r.subject, r.body, r.meetingDate,
                    v.number, v.publishedAt)
                from ReportVersion v join v.report r
                where v.number = (select max(later.number) from ReportVersion later where later.report = r)
                order by v.publishedAt desc, r.id desc""", PublishedReport.class).getResultList();
    }

    public static Optional<ReportVersion> of(long reportId, int number) {
        return find("report.id = ?1 and number = ?2", reportId, number).firstResultOptional();
    }
}
