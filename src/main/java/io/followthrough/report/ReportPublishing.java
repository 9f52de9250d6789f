package io.followthrough.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.plan.coverage.CoverageService;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.pdf.WordRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishing a committee report: the publication guard runs first, then the version is frozen with its data,
 * narrative and the exact PDF and Word bytes, which every later download returns unchanged. The draft stays editable
 * and becomes the next version when published again.
 */
@ApplicationScoped
public class ReportPublishing {

    private final ReportService reports;
    private final CoverageService coverage;
    private final ReportDocuments documents;
    private final PublicationGuard guard;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    public ReportPublishing(ReportService reports, CoverageService coverage, ReportDocuments documents,
                            PublicationGuard guard, ObjectMapper json, AuditTrail audit, Actor actor, Clock clock) {
        this.reports = reports;
        this.coverage = coverage;
        this.documents = documents;
        this.guard = guard;
        this.json = json;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<GuardFinding> guard(long reportId) {
        return guard.check(reports.document(reportId));
    }

    /** What publishing now would leave out; see {@link PublicationGaps}, and {@link #notReady}. */
    @Transactional
    public List<PublicationGaps.Gap> gaps(long reportId) {
        CommitteeReport report = CommitteeReport.withPlan(reportId)
                .orElseThrow(() -> new NotFoundException("report", reportId));
        return gaps(report, reports.document(reportId));
    }

    private List<PublicationGaps.Gap> gaps(CommitteeReport report, ReportDocument document) {
        List<PublicationGaps.Gap> gaps = new ArrayList<>(PublicationGaps.of(document));
        notReady(report).ifPresent(gaps::add);
        return gaps;
    }

    /**
     * The endorsement gate: the Executive is asked to endorse a plan only once it is ready for endorsement, every area
     * for consideration answered (DOMAIN.md, "Plan"). Publishing before then is a gap like any other: it needs a
     * reason, which is kept with the version and shown in its history. A progress report needs no such readiness.
     */
    private java.util.Optional<PublicationGaps.Gap> notReady(CommitteeReport report) {
        if (report.kind != ReportKind.ENDORSEMENT || coverage.readyForEndorsement(report.plan.id)) {
            return java.util.Optional.empty();
        }
        long uncovered = coverage.coverage(report.plan.id).uncovered();
        return java.util.Optional.of(new PublicationGaps.Gap(PLAN_NOT_READY, "The plan is not ready for endorsement"
                + (uncovered == 0 ? ": it has not been marked ready"
                : ": " + uncovered + (uncovered == 1 ? " area" : " areas") + " for consideration "
                + (uncovered == 1 ? "has" : "have") + " no action and no reason for none")));
    }

    /** The key of the gap an endorsement report has while its plan is not ready for endorsement. */
    public static final String PLAN_NOT_READY = "plan-not-ready";

    /** The field of {@link PublishInput} a missing reason for publishing with gaps is reported against. */
    public static final String GAPS_REASON = "gapsReason";

    @Transactional
    public VersionJson publish(long reportId, PublishInput input) {
        // Publishing the same report at once (on two replicas, say) takes turns here, so each counts the versions
        // published before it and none takes a number twice (which the unique constraint would refuse with a 500).
        CommitteeReport.getEntityManager().find(CommitteeReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        CommitteeReport report = CommitteeReport.withPlan(reportId)
                .orElseThrow(() -> new NotFoundException("report", reportId));
        ReportDocument document = reports.document(reportId);
        List<GuardOverride> overrides = input == null || input.overrides() == null ? List.of() : input.overrides();
        String gapsReason = input == null || input.gapsReason() == null || input.gapsReason().isBlank() ? null
                : input.gapsReason().strip();
        List<GuardFinding> blocking = guard.unresolved(guard.check(document), overrides);
        List<PublicationGaps.Gap> gaps = gaps(report, document);
        List<FieldError> errors = new ArrayList<>();
        blocking.forEach(f -> errors.add(new FieldError(f.itemId(), f.where() + ": " + f.message())));
        if (!gaps.isEmpty() && gapsReason == null) {
            gaps.forEach(g -> errors.add(new FieldError(GAPS_REASON, g.description()
                    + ". Give a reason to publish without it, or complete the report.")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<ReportVersion> earlier = ReportVersion.ofReport(reportId);
        ReportVersion version = new ReportVersion();
        version.report = report;
        version.number = earlier.size() + 1;
        version.publishedAt = clock.instant();
        version.publishedBy = actor.name();
        version.documentJson = write(document);
        version.sectionsJson = report.sectionsJson;
        version.overridesJson = write(overrides.stream().filter(o -> o.reason() != null && !o.reason().isBlank()).toList());
        version.gapsJson = write(gaps.stream().map(PublicationGaps.Gap::description).toList());
        version.gapsReason = gaps.isEmpty() ? null : gapsReason;
        version.pdf = documents.pdf(document);
        version.docx = documents.docx(document);
        version.persist();
        audit.created("ReportVersion", version.id, "published version " + version.number + " of report " + reportId);
        return toJson(version, earlier.isEmpty() ? null : earlier.get(earlier.size() - 1));
    }

    @Transactional
    public List<VersionJson> versions(long reportId) {
        CommitteeReport.withPlan(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        List<VersionJson> versions = new ArrayList<>();
        ReportVersion previous = null;
        for (ReportVersion version : ReportVersion.ofReport(reportId)) {
            versions.add(toJson(version, previous));
            previous = version;
        }
        return versions;
    }

    public record File(byte[] content, String mediaType, String fileName) {
    }

    @Transactional
    public File file(long reportId, int number, boolean word) {
        ReportVersion version = ReportVersion.of(reportId, number)
                .orElseThrow(() -> new NotFoundException("There is no published version " + number + " of report "
                        + reportId + "."));
        String name = "report-" + reportId + "-version-" + number;
        return word ? new File(version.docx, WordRenderer.MEDIA_TYPE, name + ".docx")
                : new File(version.pdf, "application/pdf", name + ".pdf");
    }

    private VersionJson toJson(ReportVersion version, ReportVersion previous) {
        List<String> changed = new ArrayList<>();
        Map<String, String> now = read(version.sectionsJson, new TypeReference<LinkedHashMap<String, String>>() { });
        Map<String, String> before = previous == null ? Map.of()
                : read(previous.sectionsJson, new TypeReference<LinkedHashMap<String, String>>() { });
        for (ReportSection section : ReportSection.values()) {
            if (previous == null || !Objects.equals(now.get(section.key()), before.get(section.key()))) {
                changed.add(section.key());
            }
        }
        String base = "/api/reports/" + version.report.id + "/versions/" + version.number;
        return new VersionJson(version.number, version.publishedAt, version.publishedBy, changed,
                read(version.overridesJson, new TypeReference<List<GuardOverride>>() { }),
                read(version.gapsJson, new TypeReference<List<String>>() { }), version.gapsReason, base + ".pdf",
                base + ".docx");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report version cannot be written", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report version cannot be read", e);
        }
    }
}
