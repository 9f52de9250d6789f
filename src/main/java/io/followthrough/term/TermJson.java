package io.followthrough.term;

import java.time.LocalDate;

public record TermJson(long id, String academicYear, Season season, String name, LocalDate startDate,
                       LocalDate endDate) {

    public static TermJson of(Term term) {
        return new TermJson(term.id, term.academicYear, term.season, term.name(), term.startDate, term.endDate);
    }
}
