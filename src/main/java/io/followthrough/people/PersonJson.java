package io.followthrough.people;

import java.time.LocalDate;

public record PersonJson(long id, String name, String jobTitle, String team, String email, String partner,
                         String signInName, LocalDate leftOn) {

    public static PersonJson of(Person person) {
        return new PersonJson(person.id, person.name, person.jobTitle, person.team, person.email,
                person.partner == null ? null : person.partner.name, person.signInName, person.leftOn);
    }
}
