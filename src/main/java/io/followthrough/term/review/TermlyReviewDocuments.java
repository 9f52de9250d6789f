package io.followthrough.term.review;

import io.followthrough.platform.pdf.PdfRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** The termly review's printed documents: the review pack and the progress summary, as accessible PDFs. */
@ApplicationScoped
public class TermlyReviewDocuments {

    @CheckedTemplate(basePath = "TermlyReviewPdfs")
    static class Templates {
        static native TemplateInstance pack(Pack pack);

        static native TemplateInstance summary(Summary summary);
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

    public byte[] summaryPdf(long reviewId) {
        return pdf.renderHtml(Templates.summary(reviews.summary(reviewId)).render());
    }
}
