package io.followthrough.plan.action;

import java.util.List;

/** The action page: the action, what it answers, who supports it, and its history. */
public record ActionView(ActionJson action, String planTitle, String themeHeading, List<LinkedFinding> findings,
                         List<String> partners, List<ProgressUpdateJson> updates, boolean canUpdate) {

    public record LinkedFinding(long id, long reviewId, String themeHeading, String text) {
    }
}
