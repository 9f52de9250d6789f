package io.followthrough.report;

import java.util.List;

/** Publishing a report: overrides, each with a recorded reason, for what the publication guard blocked. */
public record PublishInput(List<GuardOverride> overrides) {
}
