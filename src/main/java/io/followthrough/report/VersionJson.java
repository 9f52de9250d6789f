package io.followthrough.report;

import java.time.Instant;
import java.util.List;

/** A published version and which narrative sections changed since the version before it. */
public record VersionJson(int number, Instant publishedAt, String publishedBy, List<String> changedSections,
                          List<GuardOverride> overrides, String pdf, String docx) {
}
