package io.followthrough.report;

import java.util.List;

/**
 * Publishing a report: overrides, each with a recorded reason, for what the publication guard blocked; and the reason
 * to publish with gaps (an empty required section, no presenters, an empty Strategic Plan table), when there are any.
 */
public record PublishInput(List<GuardOverride> overrides, String gapsReason) {

    public PublishInput(List<GuardOverride> overrides) {
        this(overrides, null);
    }
}
