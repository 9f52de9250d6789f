package io.followthrough.report;

import java.time.LocalDate;
import java.util.Map;

public record ReportJson(long id, long planId, ReportKind kind, String body, LocalDate meetingDate, String subject,
                         ReportFront front, Map<String, String> sections, CommitteeReport.State state, long version) {
}
