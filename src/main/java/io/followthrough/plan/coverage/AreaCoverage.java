package io.followthrough.plan.coverage;

import java.time.Instant;
import java.util.List;

/**
 * One area for consideration and what answers it in one plan: actions of the plan, or the plan's reason why none is
 * needed, with who decided it and when.
 */
public record AreaCoverage(long findingId, long reviewId, String themeHeading, String text, List<Long> actionIds,
                           List<ActionRef> actions, String noActionReason, String noActionDecidedBy,
                           Instant noActionDecidedAt) {

    public record ActionRef(long id, String reference) {
    }

    public boolean covered() {
        return !actionIds.isEmpty() || noActionReason != null;
    }
}
