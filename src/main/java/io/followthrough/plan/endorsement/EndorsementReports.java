package io.followthrough.plan.endorsement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The published endorsement reports of a plan, as the plan sees them when its endorsement is recorded. Reports come
 * after plans in the flow and plans know nothing of them: this is the plan's side, implemented by the report feature.
 */
public interface EndorsementReports {

    /** A published version of a committee report asking a body to endorse the plan. */
    record Version(long reportId, int number, String subject, String body, LocalDate meetingDate,
                   Instant publishedAt) {

        /** The page of the published version. */
        public String href() {
            return "/reports/" + reportId + "/versions/" + number;
        }
    }

    /**
     * The published versions numbered {@code number} of the plan's endorsement reports, those of report
     * {@code reportId} only when it is given; usually one, several when the plan has several endorsement reports.
     */
    List<Version> published(long planId, Long reportId, int number);

    /** Version {@code number} of report {@code reportId}, if it is published. */
    Optional<Version> version(long reportId, int number);
}
