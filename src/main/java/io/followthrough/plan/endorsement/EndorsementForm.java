package io.followthrough.plan.endorsement;

import io.followthrough.platform.web.FormDates;
import io.followthrough.platform.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The endorsement form as posted: the decision, and which report version it endorsed (hidden fields). */
public class EndorsementForm {

    @RestForm
    public String body;

    @RestForm("meetingDate-day")
    public String day;

    @RestForm("meetingDate-month")
    public String month;

    @RestForm("meetingDate-year")
    public String year;

    @RestForm
    public String minuteReference;

    @RestForm
    public String resolution;

    @RestForm
    public String reportId;

    @RestForm
    public String reportVersion;

    /** The form as the page first shows it: the body the report went to, and the resolution in the minutes' words. */
    static EndorsementForm startingFrom(EndorsementService.EndorsementView view, Long reportId, Integer reportVersion) {
        EndorsementForm form = new EndorsementForm();
        form.body = view.reportVersion() == null ? "" : view.reportVersion().body();
        form.resolution = view.suggestedResolution();
        form.reportId = reportId == null ? "" : reportId.toString();
        form.reportVersion = reportVersion == null ? "" : reportVersion.toString();
        return form;
    }

    EndorsementInput toInput(FormErrors errors) {
        return new EndorsementInput(body, FormDates.read(day, month, year, "meetingDate", "meeting date", true, errors),
                minuteReference, resolution, number(reportVersion, "reportVersion", errors),
                reportId == null || reportId.isBlank() ? null : asLong(number(reportId, "reportVersion", errors)));
    }

    private static Long asLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static Integer number(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "Open the published report version the body endorsed and record the decision from there");
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "Open the published report version the body endorsed and record the decision from there");
            return null;
        }
    }
}
