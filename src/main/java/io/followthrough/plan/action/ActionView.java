package io.followthrough.plan.action;

import io.followthrough.plan.datechange.DateChangeJson;
import io.followthrough.platform.AuditJson;

import java.util.List;

/**
 * The action page: the action, what it answers, who supports it, its progress history, its date changes and, for the
 * plan lead and SLT, its audit trail.
 */
public record ActionView(ActionJson action, String planTitle, String themeHeading, List<LinkedFinding> findings,
                         List<String> partners, List<ProgressUpdateJson> updates, boolean canUpdate,
                         List<DateChangeJson> dateChanges, boolean dateChangePending, List<AuditJson> audit,
                         boolean showAudit) {

    public record LinkedFinding(long id, long reviewId, String themeHeading, String text) {
    }
}
