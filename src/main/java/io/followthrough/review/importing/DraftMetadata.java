package io.followthrough.review.importing;

import io.followthrough.review.ReviewType;

import java.time.LocalDate;
import java.util.List;

/**
 * What the document says about the review; each part is null (or the scope empty) where the document does not say.
 *
 * @param reportDate the date of the letter or report; when the document gives only a month and year, the last day
 *                   of that month
 * @param scope the questions the review set out to answer: the main question first, then the key questions
 * @param type the kind of review the document reads as; the plan lead can change it
 */
public record DraftMetadata(String title, String reviewingBody, String organisation, LocalDate reportDate,
                            LocalDate onSiteFrom, LocalDate onSiteTo, String leadReviewer, List<String> scope,
                            ReviewType type) {

    public DraftMetadata(String title, String reviewingBody, String organisation, LocalDate reportDate,
                         LocalDate onSiteFrom, LocalDate onSiteTo, String leadReviewer, List<String> scope) {
        this(title, reviewingBody, organisation, reportDate, onSiteFrom, onSiteTo, leadReviewer, scope, null);
    }

    DraftMetadata withType(ReviewType detected) {
        return new DraftMetadata(title, reviewingBody, organisation, reportDate, onSiteFrom, onSiteTo, leadReviewer,
                scope, detected);
    }
}
