package io.followthrough.term;

import io.followthrough.platform.web.FormDates;
import io.followthrough.platform.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The term form as posted, with GOV.UK date inputs for the first and last days. */
public class TermForm {

    static final List<String> FIELDS = List.of("academicYear", "season", "startDate", "endDate");

    @RestForm
    public String academicYear;

    @RestForm
    public String season;

    @RestForm("startDate-day")
    public String startDay;

    @RestForm("startDate-month")
    public String startMonth;

    @RestForm("startDate-year")
    public String startYear;

    @RestForm("endDate-day")
    public String endDay;

    @RestForm("endDate-month")
    public String endMonth;

    @RestForm("endDate-year")
    public String endYear;

    static TermForm of(TermJson term) {
        TermForm form = new TermForm();
        form.academicYear = term.academicYear();
        form.season = term.season().name();
        form.startDay = String.valueOf(term.startDate().getDayOfMonth());
        form.startMonth = String.valueOf(term.startDate().getMonthValue());
        form.startYear = String.valueOf(term.startDate().getYear());
        form.endDay = String.valueOf(term.endDate().getDayOfMonth());
        form.endMonth = String.valueOf(term.endDate().getMonthValue());
        form.endYear = String.valueOf(term.endDate().getYear());
        return form;
    }

    /** The input for the service; a missing term, or date boxes that make no date, are recorded in {@code errors}. */
    TermInput toInput(FormErrors errors) {
        Season chosen = Arrays.stream(Season.values()).filter(s -> s.name().equals(season)).findFirst().orElse(null);
        if (chosen == null) {
            errors.add("season", "Choose the term");
        }
        LocalDate start = FormDates.read(startDay, startMonth, startYear, "startDate", "first day of the term", true,
                errors);
        LocalDate end = FormDates.read(endDay, endMonth, endYear, "endDate", "last day of the term", true, errors);
        return new TermInput(academicYear, chosen, start, end);
    }
}
