package io.followthrough.plan.datechange;

import org.jboss.resteasy.reactive.RestForm;

/** The plan lead's decision on a new target date, as posted. */
public class DecisionForm {

    @RestForm
    public String approved;

    @RestForm
    public String comment;

    DecisionInput toInput() {
        Boolean choice = "yes".equals(approved) ? Boolean.TRUE : "no".equals(approved) ? Boolean.FALSE : null;
        return new DecisionInput(choice, comment);
    }
}
