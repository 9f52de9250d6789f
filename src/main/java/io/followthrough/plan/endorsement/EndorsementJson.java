package io.followthrough.plan.endorsement;

import io.followthrough.plan.Endorsement;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A plan's endorsement as recorded, with the report version it endorsed. */
public record EndorsementJson(long planId, PlanStatus status, String body, LocalDate meetingDate,
                              String minuteReference, String resolution, long reportId, int reportVersion,
                              String reportSubject, String reportHref, String recordedBy, Instant recordedAt) {

    static EndorsementJson of(Plan plan, EndorsementReports.Version version) {
        Endorsement e = plan.endorsement;
        return new EndorsementJson(plan.id, plan.status, e.body, e.meetingDate, e.minuteReference, e.resolution,
                e.reportId, e.reportVersion, version == null ? null : version.subject(),
                "/reports/" + e.reportId + "/versions/" + e.reportVersion, e.recordedBy, e.recordedAt);
    }
}
