package io.followthrough.report;

import java.time.Instant;
import java.time.LocalDate;

/** A report's latest published version, as a list of what has been published shows it. */
public record PublishedReport(long reportId, ReportKind kind, String subject, String body, LocalDate meetingDate,
                              int number, Instant publishedAt) {
}
