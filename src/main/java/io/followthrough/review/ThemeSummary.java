package io.followthrough.review;

/** Where a theme sits, for the pages that change it or add findings to it: "3.2 How effective…" of which review. */
public record ThemeSummary(long id, String heading, long reviewId, String reviewTitle) {

    static ThemeSummary of(Theme theme) {
        return new ThemeSummary(theme.id, theme.heading(), theme.review.id, theme.review.title);
    }
}
