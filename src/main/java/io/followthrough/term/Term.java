package io.followthrough.term;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One school term. Dates differ by council and year, so they are data, not constants. */
@Entity
public class Term extends AuditedEntity {

    @Column(name = "academic_year", nullable = false)
    public String academicYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Season season;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** "Spring 2026". */
    public String name() {
        return AcademicYear.parse(academicYear)
                .map(year -> season.label() + " " + year.calendarYearOf(season))
                .orElse(season.label() + " " + academicYear);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public static List<Term> inOrder() {
        return pageInOrder().list();
    }

    public static io.quarkus.hibernate.orm.panache.PanacheQuery<Term> pageInOrder() {
        return find("order by startDate, id");
    }

    public static List<Term> ofYear(String academicYear) {
        return list("academicYear = ?1 order by startDate", academicYear);
    }

    public static Optional<Term> of(String academicYear, Season season) {
        return find("academicYear = ?1 and season = ?2", academicYear, season).firstResultOptional();
    }

    public static Optional<Term> containing(LocalDate date) {
        return find("startDate <= ?1 and endDate >= ?1", date).firstResultOptional();
    }

    public static boolean overlapsAnother(Long exceptId, LocalDate start, LocalDate end) {
        return count("startDate <= ?2 and endDate >= ?1 and id <> ?3", start, end, exceptId == null ? -1L : exceptId) > 0;
    }
}
