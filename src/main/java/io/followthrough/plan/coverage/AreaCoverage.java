package io.followthrough.plan.coverage;

import java.util.List;

/** One area for consideration and what answers it: actions of the plan, or a reason why none is needed. */
public record AreaCoverage(long findingId, long reviewId, String themeHeading, String text, List<Long> actionIds,
                           List<ActionRef> actions, String noActionReason) {

    public record ActionRef(long id, String reference) {
    }

    public boolean covered() {
        return !actionIds.isEmpty() || noActionReason != null;
    }
}
