package io.followthrough.review;

import java.time.LocalDate;
import java.util.List;

/** A review with its themes and findings, as the API returns it. */
public record ReviewJson(long id, String title, ReviewType type, String reviewingBody, String organisation,
                         LocalDate reportDate, LocalDate onSiteFrom, LocalDate onSiteTo, String leadReviewer,
                         List<String> scope, String documentName, List<ThemeJson> themes) {

    public record ThemeJson(long id, long reviewId, String number, String title, int position,
                            List<FindingJson> findings) {

        public static ThemeJson of(Theme theme) {
            return new ThemeJson(theme.id, theme.review.id, theme.number, theme.title, theme.position,
                    theme.findings.stream().map(FindingJson::of).toList());
        }
    }

    public record FindingJson(long id, long themeId, FindingKind kind, String text, int position) {

        public static FindingJson of(Finding finding) {
            return new FindingJson(finding.id, finding.theme.id, finding.kind, finding.text, finding.position);
        }
    }

    public static ReviewJson of(Review review) {
        return new ReviewJson(review.id, review.title, review.type, review.reviewingBody, review.organisation,
                review.reportDate, review.onSiteFrom, review.onSiteTo, review.leadReviewer, List.copyOf(review.scope),
                review.documentName, review.themes.stream().map(ThemeJson::of).toList());
    }

    /** The summary the list shows: no themes. */
    public static ReviewJson summary(Review review) {
        return new ReviewJson(review.id, review.title, review.type, review.reviewingBody, review.organisation,
                review.reportDate, review.onSiteFrom, review.onSiteTo, review.leadReviewer, List.copyOf(review.scope),
                review.documentName, List.of());
    }
}
