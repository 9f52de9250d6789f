package io.followthrough.report;

import io.followthrough.platform.pdf.PdfRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders a committee report, as an HTML preview and as an accessible PDF, from one template. */
@ApplicationScoped
public class ReportDocuments {

    @CheckedTemplate(basePath = "ReportDocuments")
    static class Templates {
        static native TemplateInstance report(ReportDocument doc);
    }

    private final ReportService reports;
    private final PdfRenderer pdf;

    public ReportDocuments(ReportService reports, PdfRenderer pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    public String html(long reportId) {
        return Templates.report(reports.document(reportId)).render();
    }

    public byte[] pdf(long reportId) {
        return pdf.renderHtml(html(reportId));
    }
}
