package io.followthrough.plan.datechange;

import io.followthrough.platform.web.FormDates;
import io.followthrough.platform.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The request to move a target date, as posted. */
public class DateChangeForm {

    @RestForm("requestedDate-day")
    public String day;

    @RestForm("requestedDate-month")
    public String month;

    @RestForm("requestedDate-year")
    public String year;

    @RestForm
    public String reason;

    DateChangeInput toInput(FormErrors errors) {
        return new DateChangeInput(FormDates.read(day, month, year, "requestedDate", "new target date", true, errors),
                reason);
    }
}
