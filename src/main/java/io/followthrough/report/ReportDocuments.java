package io.followthrough.report;

import io.followthrough.platform.pdf.PdfAppender;
import io.followthrough.platform.pdf.PdfRenderer;
import io.followthrough.platform.pdf.WordRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Renders a committee report from one template, the built-in one in the Middlesbrough house style or a council's own
 * in the configured folder, into every format: the HTML preview, the accessible PDF, the Word file (written from the
 * same HTML) and the document body the report's page shows.
 */
@ApplicationScoped
public class ReportDocuments {

    static final String TEMPLATE_FILE = "report.html";
    static final String STYLESHEET_FILE = "report.css";

    /** One template per kind of report; all share the house style's front, sections and appendices 1 and 2. */
    @CheckedTemplate(basePath = "ReportDocuments")
    static class Templates {
        static native TemplateInstance endorsement(ReportDocument doc, RawString councilStyle);

        static native TemplateInstance progress(ReportDocument doc, RawString councilStyle);

        static native TemplateInstance closing(ReportDocument doc, RawString councilStyle);
    }

    private final ReportService reports;
    private final PdfRenderer pdf;
    private final WordRenderer word;
    private final ReportConfig config;
    private final Engine engine;

    public ReportDocuments(ReportService reports, PdfRenderer pdf, WordRenderer word, ReportConfig config,
                           Engine engine) {
        this.reports = reports;
        this.pdf = pdf;
        this.word = word;
        this.config = config;
        this.engine = engine;
    }

    public String html(long reportId) {
        return html(reports.document(reportId));
    }

    public String html(ReportDocument doc) {
        RawString style = new RawString(councilFile(STYLESHEET_FILE)
                .map(css -> "<style>" + css.replace("</", "<\\/") + "</style>").orElse(""));
        return councilFile(TEMPLATE_FILE)
                .map(template -> engine.parse(template).data("doc", doc).data("councilStyle", style).render())
                .orElseGet(() -> (switch (doc.kind()) {
                    case PROGRESS -> Templates.progress(doc, style);
                    case CLOSING -> Templates.closing(doc, style);
                    case ENDORSEMENT -> Templates.endorsement(doc, style);
                }).render());
    }

    public byte[] pdf(long reportId) {
        return pdf(reports.document(reportId));
    }

    /** The report as a PDF; when the review was received as a PDF, its own pages follow appendix 2. */
    public byte[] pdf(ReportDocument doc) {
        byte[] rendered = pdf.renderHtml(html(doc));
        return doc.receivedPdf() == null ? rendered
                : PdfAppender.append(rendered, reports.receivedPdf(doc.receivedPdf().reviewId()));
    }

    public byte[] docx(long reportId) {
        return docx(reports.document(reportId));
    }

    public byte[] docx(ReportDocument doc) {
        return word.render(html(doc));
    }

    /** What is inside the document's body, for a page that shows the report as it will be printed. */
    public RawString body(ReportDocument doc) {
        return new RawString(Jsoup.parse(html(doc)).body().html());
    }

    private Optional<String> councilFile(String name) {
        return config.templateDir().map(dir -> dir.resolve(name)).filter(Files::isRegularFile).map(ReportDocuments::read);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the council's report template " + file, e);
        }
    }
}
