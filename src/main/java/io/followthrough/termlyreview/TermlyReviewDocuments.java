package io.followthrough.termlyreview;

import io.followthrough.platform.pdf.PdfRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The termly review's printed documents, as accessible PDFs: the review pack, the progress summary, and the record
 * sheet on which the meeting can write what it agrees.
 */
@ApplicationScoped
public class TermlyReviewDocuments {

    @CheckedTemplate(basePath = "TermlyReviewPdfs")
    static class Templates {
        static native TemplateInstance pack(Pack pack);

        static native TemplateInstance summary(Summary summary);

        static native TemplateInstance recordSheet(Pack pack);
    }

    private final TermlyReviewService reviews;
    private final PdfRenderer pdf;

    public TermlyReviewDocuments(TermlyReviewService reviews, PdfRenderer pdf) {
        this.reviews = reviews;
        this.pdf = pdf;
    }

    public byte[] packPdf(long reviewId) {
        return pdf.renderHtml(Templates.pack(reviews.pack(reviewId)).render());
    }

    public byte[] recordSheetPdf(long reviewId) {
        return pdf.renderHtml(Templates.recordSheet(reviews.pack(reviewId)).render());
    }

    public byte[] summaryPdf(long reviewId) {
        return pdf.renderHtml(Templates.summary(reviews.summary(reviewId)).render());
    }
}
