package io.followthrough.report;

import io.followthrough.platform.pdf.PdfRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Renders a committee report, as an HTML preview and as an accessible PDF, from one template: the built-in one in
 * the Middlesbrough house style, or a council's own from the configured template folder.
 */
@ApplicationScoped
public class ReportDocuments {

    static final String TEMPLATE_FILE = "report.html";
    static final String STYLESHEET_FILE = "report.css";

    @CheckedTemplate(basePath = "ReportDocuments")
    static class Templates {
        static native TemplateInstance report(ReportDocument doc, RawString councilStyle);
    }

    private final ReportService reports;
    private final PdfRenderer pdf;
    private final ReportConfig config;
    private final Engine engine;

    public ReportDocuments(ReportService reports, PdfRenderer pdf, ReportConfig config, Engine engine) {
        this.reports = reports;
        this.pdf = pdf;
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
                .orElseGet(() -> Templates.report(doc, style).render());
    }

    public byte[] pdf(long reportId) {
        return pdf(reports.document(reportId));
    }

    public byte[] pdf(ReportDocument doc) {
        return pdf.renderHtml(html(doc));
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
