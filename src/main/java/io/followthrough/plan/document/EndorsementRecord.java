package io.followthrough.plan.document;

import java.time.LocalDate;

/**
 * The council's decision to endorse the plan, as its cover records it: the body that decided, the meeting, the minute
 * (its reference or the address of the published decision) and the version of the committee report it endorsed.
 */
public record EndorsementRecord(String body, LocalDate meetingDate, String minuteReference, String reportVersion) {
}
