package io.followthrough.review;

import io.followthrough.platform.web.Formats;

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

    /**
     * @param priority         the priority the review gives it, as the review words it ("High"); null if it gives none
     * @param proposedOwner    who the review proposes should own the action answering it, as it words it
     * @param proposedTargetDate the date the review proposes for that action
     */
    public record FindingJson(long id, long themeId, FindingKind kind, String text, int position,
                              String priority, String proposedOwner,
                              LocalDate proposedTargetDate) {

        public static FindingJson of(Finding finding) {
            return new FindingJson(finding.id, finding.theme.id, finding.kind, finding.text, finding.position,
                    finding.priority, finding.proposedOwner, finding.proposedTargetDate);
        }

        /** What the review proposes, as one line for a page: "Priority: High. Proposed owner: …. Target date: …". */
        public String proposalText() {
            List<String> parts = new java.util.ArrayList<>();
            if (priority != null) {
                parts.add("Priority: " + priority);
            }
            if (proposedOwner != null) {
                parts.add("Proposed owner: " + proposedOwner);
            }
            if (proposedTargetDate != null) {
                parts.add("Target date: " + Formats.date(proposedTargetDate));
            }
            return String.join(". ", parts);
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
