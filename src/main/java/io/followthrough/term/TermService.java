package io.followthrough.term;

import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** School terms: data each council adjusts, with a default English calendar for any year. */
@ApplicationScoped
public class TermService {

    private final AuditTrail audit;

    public TermService(AuditTrail audit) {
        this.audit = audit;
    }

    /** Every term in order, for choosing from (read without a transaction). */
    public List<TermJson> all() {
        return Term.inOrder().stream().map(TermJson::of).toList();
    }

    @Transactional
    public io.followthrough.platform.PageOf<TermJson> all(io.followthrough.platform.PageRequest page) {
        return io.followthrough.platform.PageOf.of(Term.pageInOrder(), page, TermJson::of);
    }

    /** Every recorded term, grouped by academic year, earliest first. */
    @Transactional
    public List<TermYear> byYear() {
        Map<String, List<TermJson>> years = new LinkedHashMap<>();
        for (Term term : Term.inOrder()) {
            years.computeIfAbsent(term.academicYear, year -> new ArrayList<>()).add(TermJson.of(term));
        }
        return years.entrySet().stream().map(e -> new TermYear(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The terms of a year; any term not yet recorded is created from the default calendar. */
    @Transactional
    public List<TermJson> ofYear(AcademicYear year) {
        for (Season season : Season.values()) {
            if (Term.of(year.toString(), season).isEmpty()) {
                LocalDate start = year.defaultStart(season);
                LocalDate end = year.defaultEnd(season);
                if (!Term.overlapsAnother(null, start, end)) {
                    persist(year.toString(), season, start, end);
                }
            }
        }
        return Term.ofYear(year.toString()).stream().map(TermJson::of).toList();
    }

    @Transactional
    public Optional<TermJson> find(long id) {
        return Term.<Term>findByIdOptional(id).map(TermJson::of);
    }

    /** The term a date falls in, by the recorded calendar. */
    @Transactional
    public Optional<TermJson> containing(LocalDate date) {
        return Term.containing(date).map(TermJson::of);
    }

    @Transactional
    public TermJson create(@Valid @NotNull TermInput input) {
        AcademicYear year = check(null, input);
        if (Term.of(year.toString(), input.season()).isPresent()) {
            throw new InvalidInputException("season", "The " + input.season().label() + " term of " + year
                    + " already exists; change its dates instead");
        }
        Term term = persist(year.toString(), input.season(), input.startDate(), input.endDate());
        audit.created("Term", term.id, term.name());
        return TermJson.of(term);
    }

    @Transactional
    public TermJson update(long id, @Valid @NotNull TermInput input) {
        Term term = Term.<Term>findByIdOptional(id).orElseThrow(() -> new NotFoundException("term", id));
        AcademicYear year = check(id, input);
        if (!year.toString().equals(term.academicYear) || input.season() != term.season) {
            throw new InvalidInputException("season", "A term's year and season cannot change; change its dates");
        }
        audit.changed("Term", id, "startDate", term.startDate, input.startDate());
        audit.changed("Term", id, "endDate", term.endDate, input.endDate());
        term.startDate = input.startDate();
        term.endDate = input.endDate();
        return TermJson.of(term);
    }

    private static Term persist(String year, Season season, LocalDate start, LocalDate end) {
        Term term = new Term();
        term.academicYear = year;
        term.season = season;
        term.startDate = start;
        term.endDate = end;
        term.persist();
        return term;
    }

    private static AcademicYear check(Long id, TermInput input) {
        List<FieldError> errors = new ArrayList<>();
        Optional<AcademicYear> year = AcademicYear.parse(input.academicYear());
        if (year.isEmpty()) {
            errors.add(new FieldError("academicYear", "Enter the academic year like 2026-27"));
        }
        if (input.endDate().isBefore(input.startDate())) {
            errors.add(new FieldError("endDate", "The last day must be the same as or after the first day"));
        } else if (Term.overlapsAnother(id, input.startDate(), input.endDate())) {
            errors.add(new FieldError("startDate", "These dates overlap another term"));
        }
        year.ifPresent(y -> {
            if (input.startDate().isBefore(LocalDate.of(y.startYear(), 8, 1))
                    || input.endDate().isAfter(LocalDate.of(y.startYear() + 1, 9, 30))) {
                errors.add(new FieldError("startDate", "The dates must fall within the academic year " + y));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return year.orElseThrow();
    }
}
