package io.followthrough.report;

import java.time.Instant;
import java.util.List;

/**
 * A published version and which narrative sections changed since the version before it; what it was published
 * without, and why.
 */
public record VersionJson(int number, Instant publishedAt, String publishedBy, List<String> changedSections,
                          List<GuardOverride> overrides, List<String> gaps, String gapsReason, String pdf,
                          String docx) {
}
