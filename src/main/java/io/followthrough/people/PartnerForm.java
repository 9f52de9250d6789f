package io.followthrough.people;

import org.jboss.resteasy.reactive.RestForm;

/** The partner form as posted. */
public class PartnerForm {

    @RestForm
    public String name;

    PartnerInput toInput() {
        return new PartnerInput(name);
    }
}
