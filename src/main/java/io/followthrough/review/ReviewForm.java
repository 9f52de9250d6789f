package io.followthrough.review;

import io.followthrough.platform.web.FormDates;
import io.followthrough.platform.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The review form as posted: GOV.UK date inputs for the dates, and the scope as one question per line. */
public class ReviewForm {

    static final List<String> FIELDS = List.of("title", "type", "reviewingBody", "organisation", "leadReviewer",
            "onSiteFrom", "onSiteTo", "reportDate", "scope");

    @RestForm
    public String title;

    @RestForm
    public String type;

    @RestForm
    public String reviewingBody;

    @RestForm
    public String organisation;

    @RestForm
    public String leadReviewer;

    @RestForm("reportDate-day")
    public String reportDay;

    @RestForm("reportDate-month")
    public String reportMonth;

    @RestForm("reportDate-year")
    public String reportYear;

    @RestForm("onSiteFrom-day")
    public String fromDay;

    @RestForm("onSiteFrom-month")
    public String fromMonth;

    @RestForm("onSiteFrom-year")
    public String fromYear;

    @RestForm("onSiteTo-day")
    public String toDay;

    @RestForm("onSiteTo-month")
    public String toMonth;

    @RestForm("onSiteTo-year")
    public String toYear;

    @RestForm
    public String scope;

    static ReviewForm of(ReviewJson review) {
        ReviewForm form = new ReviewForm();
        form.title = review.title();
        form.type = review.type().name();
        form.reviewingBody = review.reviewingBody();
        form.organisation = review.organisation();
        form.leadReviewer = review.leadReviewer();
        form.reportDay = day(review.reportDate());
        form.reportMonth = month(review.reportDate());
        form.reportYear = year(review.reportDate());
        form.fromDay = day(review.onSiteFrom());
        form.fromMonth = month(review.onSiteFrom());
        form.fromYear = year(review.onSiteFrom());
        form.toDay = day(review.onSiteTo());
        form.toMonth = month(review.onSiteTo());
        form.toYear = year(review.onSiteTo());
        form.scope = String.join("\n", review.scope());
        return form;
    }

    /** The input for the service; date boxes that do not make a date are recorded in {@code errors}. */
    ReviewInput toInput(FormErrors errors) {
        LocalDate reportDate = FormDates.read(reportDay, reportMonth, reportYear, "reportDate",
                "date of the letter or report", false, errors);
        LocalDate onSiteFrom = FormDates.read(fromDay, fromMonth, fromYear, "onSiteFrom", "first day on site", false,
                errors);
        LocalDate onSiteTo = FormDates.read(toDay, toMonth, toYear, "onSiteTo", "last day on site", false, errors);
        ReviewType chosen = Arrays.stream(ReviewType.values()).filter(t -> t.name().equals(type)).findFirst()
                .orElse(null);
        return new ReviewInput(title, chosen, reviewingBody, organisation, reportDate, onSiteFrom, onSiteTo,
                leadReviewer, questions());
    }

    private List<String> questions() {
        if (scope == null) {
            return List.of();
        }
        return scope.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String day(LocalDate date) {
        return date == null ? null : String.valueOf(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return date == null ? null : String.valueOf(date.getMonthValue());
    }

    private static String year(LocalDate date) {
        return date == null ? null : String.valueOf(date.getYear());
    }
}
