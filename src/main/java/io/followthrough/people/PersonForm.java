package io.followthrough.people;

import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The person form as posted; the partner is chosen by name from the recorded partners. */
public class PersonForm {

    static final List<String> FIELDS = List.of("name", "jobTitle", "team", "email", "partner", "signInName");

    @RestForm
    public String name;

    @RestForm
    public String jobTitle;

    @RestForm
    public String team;

    @RestForm
    public String email;

    @RestForm
    public String partner;

    @RestForm
    public String signInName;

    static PersonForm of(PersonJson person) {
        PersonForm form = new PersonForm();
        form.name = person.name();
        form.jobTitle = person.jobTitle();
        form.team = person.team();
        form.email = person.email();
        form.partner = person.partner();
        form.signInName = person.signInName();
        return form;
    }

    PersonInput toInput() {
        return new PersonInput(name, jobTitle, team, email, partner, signInName);
    }
}
