package io.followthrough.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.plan.PlanStatus;
import io.followthrough.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Published versions as a reader sees them: the document exactly as it was frozen, never the draft edited since.
 * Councillors read reports only this way.
 */
@ApplicationScoped
public class PublishedReports {

    /** One published version: which report, which version, and the document as it was published. */
    public record Version(long reportId, long planId, String planTitle, ReportKind kind, String subject, String body,
                          java.time.LocalDate meetingDate, int number, Instant publishedAt, String publishedBy,
                          ReportDocument document, String pdf, String docx, PlanStatus planStatus,
                          Long endorsedReportId, Integer endorsedReportVersion) {

        /**
         * Whether this is the version whose endorsement the plan lead can record now: an endorsement report, of a
         * plan ready for endorsement.
         */
        public boolean awaitsDecision() {
            return kind == ReportKind.ENDORSEMENT && planStatus == PlanStatus.READY_FOR_ENDORSEMENT;
        }

        /** Whether the plan's recorded endorsement is of this very version. */
        public boolean endorsedThis() {
            return endorsedReportId != null && endorsedReportId == reportId && endorsedReportVersion == number;
        }
    }

    private final ObjectMapper json;

    public PublishedReports(ObjectMapper json) {
        this.json = json;
    }

    /** The latest version of every published report, newest first. */
    @Transactional
    public List<PublishedReport> latest() {
        return ReportVersion.latestOfEachReport();
    }

    /** The report's latest published version, or empty while it has none. */
    @Transactional
    public Optional<Version> latest(long reportId) {
        List<ReportVersion> versions = ReportVersion.ofReport(reportId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(view(reportId, versions.get(versions.size() - 1)));
    }

    @Transactional
    public Optional<Version> version(long reportId, int number) {
        return ReportVersion.of(reportId, number).map(v -> view(reportId, v));
    }

    private Version view(long reportId, ReportVersion version) {
        CommitteeReport report = CommitteeReport.withPlan(reportId)
                .orElseThrow(() -> new NotFoundException("report", reportId));
        ReportDocument document;
        try {
            document = json.readValue(version.documentJson, ReportDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Published version " + version.number + " of report " + reportId
                    + " cannot be read", e);
        }
        String base = "/api/reports/" + reportId + "/versions/" + version.number;
        return new Version(reportId, report.plan.id, report.plan.title, report.kind, report.subject, report.body,
                report.meetingDate, version.number, version.publishedAt, version.publishedBy, document,
                base + ".pdf", base + ".docx", report.plan.status,
                report.plan.endorsement == null ? null : report.plan.endorsement.reportId,
                report.plan.endorsement == null ? null : report.plan.endorsement.reportVersion);
    }
}
