package io.followthrough.plan.document;

import io.followthrough.plan.Endorsement;
import io.followthrough.plan.Plan;
import io.followthrough.plan.endorsement.EndorsementReports;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.CurrentUser;
import io.followthrough.platform.web.AppConfig;
import io.followthrough.platform.pdf.PdfAppender;
import io.followthrough.platform.web.Formats;
import io.followthrough.platform.web.Plurals;
import io.followthrough.review.Review;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plan document: assembled from the plan and its actions, and read by the lead, officers and SLT at any
 * time, by councillors once the plan is endorsed (before that it is not yet the council's plan).
 */
@ApplicationScoped
public class PlanDocumentService {

    private final AppConfig config;
    private final CurrentUser user;
    private final EndorsementReports reports;
    private final Clock clock;
    private final PlanDocuments documents;

    public PlanDocumentService(AppConfig config, CurrentUser user, EndorsementReports reports, Clock clock,
                               PlanDocuments documents) {
        this.config = config;
        this.user = user;
        this.reports = reports;
        this.clock = clock;
        this.documents = documents;
    }

    @Transactional
    public PlanDocument document(long planId) {
        Plan plan = Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (user.isCouncillorOnly() && !plan.isEndorsed()) {
            throw new ForbiddenException("Councillors see the action plan document once the plan is endorsed.");
        }
        List<String> answers = plan.reviews.stream().map(PlanDocumentService::answered).toList();
        String lead = plan.lead.jobTitle == null || plan.lead.jobTitle.isBlank() ? plan.lead.name
                : plan.lead.name + ", " + plan.lead.jobTitle;
        return new PlanDocument(plan.id, plan.fileName(), config.councilName(), plan.title, plan.kind.label(),
                answers, lead, plan.status.label(), LocalDate.now(clock), endorsement(plan),
                ActionPlanTable.ofPlan(plan.id));
    }

    /** The decision that endorsed the plan, with the report it endorsed named as the report names itself. */
    private EndorsementRecord endorsement(Plan plan) {
        Endorsement decision = plan.endorsement;
        if (decision == null) {
            return null;
        }
        String report = "Version " + decision.reportVersion + " of the committee report"
                + (decision.reportId == null ? "" : reports.version(decision.reportId, decision.reportVersion)
                        .map(v -> ", \u201c" + v.subject() + "\u201d").orElse(""));
        return new EndorsementRecord(decision.body, decision.meetingDate, decision.minuteReference, report);
    }

    /** The document in one of its forms, rendered after the plan is read, so no database connection waits on it. */
    public PlanDocumentFile file(long planId, PlanDocuments.Format format) {
        PlanDocument doc = document(planId);
        return new PlanDocumentFile(doc.fileName() + "." + format.extension(), format.mediaType(),
                documents.render(doc, format));
    }

    /** The document's page: what it holds and its three downloads with their sizes. */
    public PlanDocumentView view(long planId) {
        PlanDocument doc = document(planId);
        List<PlanDocumentView.Download> downloads = new ArrayList<>();
        for (PlanDocuments.Format format : PlanDocuments.Format.values()) {
            byte[] content = documents.render(doc, format);
            String pages = format == PlanDocuments.Format.PDF
                    ? Plurals.of(PdfAppender.pageCount(content), "page", "pages") : null;
            downloads.add(new PlanDocumentView.Download("/api/plans/" + planId + "/document." + format.extension(),
                    format.label(), format.extension().toUpperCase(java.util.Locale.UK), content.length, pages));
        }
        return new PlanDocumentView(doc, downloads);
    }

    private static String answered(Review review) {
        String by = review.reviewingBody == null || review.reviewingBody.isBlank() ? "" : review.reviewingBody;
        String on = review.reportDate == null ? "" : Formats.date(review.reportDate);
        String detail = String.join(", ", java.util.stream.Stream.of(by, on).filter(s -> !s.isEmpty()).toList());
        return detail.isEmpty() ? review.title : review.title + " (" + detail + ")";
    }
}
