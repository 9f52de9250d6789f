package io.followthrough.plan.action;

import io.followthrough.platform.web.FormDates;
import io.followthrough.platform.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The action form as posted, with GOV.UK date inputs for the start and target dates. */
public class ActionForm {

    @RestForm
    public String reference;

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public Long themeId;

    @RestForm
    public List<Long> findingIds = new ArrayList<>();

    @RestForm
    public Long leadId;

    @RestForm
    public List<Long> partnerIds = new ArrayList<>();

    @RestForm("startDate-day")
    public String startDay;

    @RestForm("startDate-month")
    public String startMonth;

    @RestForm("startDate-year")
    public String startYear;

    @RestForm("targetDate-day")
    public String targetDay;

    @RestForm("targetDate-month")
    public String targetMonth;

    @RestForm("targetDate-year")
    public String targetYear;

    @RestForm
    public String successCriteria;

    @RestForm
    public String status;

    @RestForm
    public String rag;

    @RestForm
    public String ragReason;

    @RestForm
    public Long version;

    /** The action as it was when the form was opened; see {@link ActionMerge}. */
    @RestForm
    public String opened;

    public static ActionForm of(ActionJson action) {
        ActionForm form = new ActionForm();
        form.reference = action.reference();
        form.title = action.title();
        form.description = action.description();
        form.themeId = action.themeId();
        form.findingIds = new ArrayList<>(action.findingIds());
        form.leadId = action.leadId();
        form.partnerIds = new ArrayList<>(action.partnerIds());
        form.setStart(action.startDate());
        form.setTarget(action.targetDate());
        form.successCriteria = action.successCriteria();
        form.status = action.status().name();
        form.rag = action.rag().name();
        form.ragReason = action.ragReason();
        form.version = action.version();
        return form;
    }

    /** A form filled from an input, such as the draft of an action for an area for consideration. */
    public static ActionForm of(ActionInput input) {
        ActionForm form = new ActionForm();
        form.reference = input.reference();
        form.title = input.title();
        form.description = input.description();
        form.themeId = input.themeId();
        form.findingIds = input.findingIds() == null ? new ArrayList<>() : new ArrayList<>(input.findingIds());
        form.leadId = input.leadId();
        form.partnerIds = input.partnerIds() == null ? new ArrayList<>() : new ArrayList<>(input.partnerIds());
        form.setStart(input.startDate());
        form.setTarget(input.targetDate());
        form.successCriteria = input.successCriteria();
        form.status = input.status() == null ? null : input.status().name();
        form.rag = input.rag() == null ? null : input.rag().name();
        form.ragReason = input.ragReason();
        form.version = input.version();
        return form;
    }

    void setStart(LocalDate date) {
        startDay = date == null ? null : String.valueOf(date.getDayOfMonth());
        startMonth = date == null ? null : String.valueOf(date.getMonthValue());
        startYear = date == null ? null : String.valueOf(date.getYear());
    }

    void setTarget(LocalDate date) {
        targetDay = date == null ? null : String.valueOf(date.getDayOfMonth());
        targetMonth = date == null ? null : String.valueOf(date.getMonthValue());
        targetYear = date == null ? null : String.valueOf(date.getYear());
    }

    /** The input for the service; date boxes that do not make a date are recorded in {@code errors}. */
    ActionInput toInput(FormErrors errors) {
        LocalDate start = FormDates.read(startDay, startMonth, startYear, "startDate", "start date", false, errors);
        LocalDate target = FormDates.read(targetDay, targetMonth, targetYear, "targetDate", "target date", true, errors);
        return new ActionInput(reference, title, description, themeId, findingIds, leadId, partnerIds, start, target,
                successCriteria, parse(ActionStatus.class, status), parse(Rag.class, rag), ragReason, version);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
