package io.followthrough.review;

import java.util.List;

/** The review page: the review, its themes with strengths and areas for consideration apart, the plans answering it. */
public record ReviewView(ReviewJson review, List<ThemeView> themes, List<PlanLink> plans) {

    public record ThemeView(long id, String heading, List<ReviewJson.FindingJson> strengths,
                            List<ReviewJson.FindingJson> areas) {
    }

    public record PlanLink(long id, String title) {
    }
}
