package io.followthrough.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision that endorsed a plan, as minuted: which body, at which meeting, the minute number or the address of
 * the published decision, what it resolved, and the published report version it endorsed.
 */
@Embeddable
public class Endorsement {

    @Column(name = "endorsed_body")
    public String body;

    @Column(name = "endorsed_meeting_date")
    public LocalDate meetingDate;

    @Column(name = "endorsed_minute_reference")
    public String minuteReference;

    /** What the body resolved, in the minute's words; optional. */
    @Column(name = "endorsed_resolution")
    public String resolution;

    @Column(name = "endorsed_report_id")
    public Long reportId;

    @Column(name = "endorsed_report_version")
    public Integer reportVersion;

    @Column(name = "endorsed_by")
    public String recordedBy;

    @Column(name = "endorsed_at")
    public Instant recordedAt;

    /** Whether the minute reference is the address of the published decision rather than a minute number. */
    public boolean minuteIsLink() {
        return minuteReference != null && (minuteReference.startsWith("https://") || minuteReference.startsWith("http://"));
    }

    @Override
    public String toString() {
        return body + ", " + meetingDate + ", minute " + minuteReference + ", report " + reportId + " version "
                + reportVersion;
    }
}
