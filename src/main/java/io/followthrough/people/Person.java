package io.followthrough.people;

import io.followthrough.platform.AuditedEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    /** The day the person left; they keep their place in the history but can no longer lead actions or plans. */
    @Column(name = "left_on")
    public LocalDate leftOn;

    /** The secret in the person's calendar feed URL; null until they first open their reminders. */
    @Column(name = "calendar_token", unique = true)
    public String calendarToken;

    public boolean hasLeft() {
        return leftOn != null;
    }

    public static PanacheQuery<Person> allByName() {
        return find("order by name");
    }

    public static Optional<Person> bySignInName(String signInName) {
        return find("signInName", signInName).firstResultOptional();
    }

    /** People still here whose name is the given words, case and spacing aside ("virtual school head", " Jo  Bloggs "). */
    public static List<Person> named(String words) {
        return list("lower(name) = ?1 and leftOn is null", normalised(words));
    }

    /** People still here whose job title is the given words, case and spacing aside. */
    public static List<Person> withJobTitle(String words) {
        return list("lower(jobTitle) = ?1 and leftOn is null", normalised(words));
    }

    private static String normalised(String words) {
        return words == null ? "" : words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    /** Everyone who has not left, by name: the people who can be chosen to lead. */
    public static List<Person> stillHereByName() {
        return list("leftOn is null order by name");
    }

    public static Optional<Person> byCalendarToken(String token) {
        return find("calendarToken", token).firstResultOptional();
    }

    public static Optional<Person> byEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }
}
