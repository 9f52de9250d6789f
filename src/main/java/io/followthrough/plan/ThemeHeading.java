package io.followthrough.plan;

/** A theme of a review the plan answers, as a choice: "2. Attendance and exclusions". */
public record ThemeHeading(long id, String heading) {
}
