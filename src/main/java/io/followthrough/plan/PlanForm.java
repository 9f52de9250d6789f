package io.followthrough.plan;

import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The plan form as posted. */
public class PlanForm {

    @RestForm
    public String title;

    @RestForm
    public String kind;

    @RestForm
    public List<Long> reviewIds;

    @RestForm
    public Long leadId;

    public static PlanForm of(PlanJson plan) {
        PlanForm form = new PlanForm();
        form.title = plan.title();
        form.kind = plan.kind().name();
        form.reviewIds = plan.reviewIds();
        form.leadId = plan.leadId();
        return form;
    }

    PlanInput toInput() {
        PlanKind chosen = java.util.Arrays.stream(PlanKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        return new PlanInput(title, chosen, reviewIds, leadId);
    }
}
