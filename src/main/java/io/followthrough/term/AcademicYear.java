package io.followthrough.term;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An English academic year, written "2025-26": from 1 September 2025 to 31 August 2026. */
public record AcademicYear(int startYear) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})");

    public static Optional<AcademicYear> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return (start + 1) % 100 == end ? Optional.of(new AcademicYear(start)) : Optional.empty();
    }

    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** The default calendar for England; councils adjust the dates of their own terms. */
    public LocalDate defaultStart(Season season) {
        return switch (season) {
            case AUTUMN -> LocalDate.of(startYear, 9, 1);
            case SPRING -> LocalDate.of(startYear + 1, 1, 1);
            case SUMMER -> LocalDate.of(startYear + 1, 4, 1);
        };
    }

    public LocalDate defaultEnd(Season season) {
        return switch (season) {
            case AUTUMN -> LocalDate.of(startYear, 12, 31);
            case SPRING -> LocalDate.of(startYear + 1, 3, 31);
            case SUMMER -> LocalDate.of(startYear + 1, 8, 31);
        };
    }

    /** The calendar year a term of this academic year falls in: Autumn 2025, Spring 2026, Summer 2026. */
    public int calendarYearOf(Season season) {
        return season == Season.AUTUMN ? startYear : startYear + 1;
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
