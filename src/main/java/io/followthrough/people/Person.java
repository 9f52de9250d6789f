package io.followthrough.people;

import io.followthrough.platform.AuditedEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import java.util.Optional;

/**
 * Someone who leads, supports or reviews actions. Actions name a person with a job title so that the plan still reads
 * correctly after staff change.
 */
@Entity
public class Person extends AuditedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "job_title", nullable = false)
    public String jobTitle;

    public String team;

    @Column(nullable = false, unique = true)
    public String email;

    @ManyToOne(fetch = FetchType.LAZY)
    public Partner partner;

    /** The demo account name or OIDC subject that signs in as this person. */
    @Column(name = "sign_in_name", unique = true)
    public String signInName;

    public static PanacheQuery<Person> allByName() {
        return find("order by name");
    }

    public static Optional<Person> bySignInName(String signInName) {
        return find("signInName", signInName).firstResultOptional();
    }

    public static Optional<Person> byEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }
}
