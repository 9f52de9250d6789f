package io.followthrough.term;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcademicYearTest {

    @Test
    void readsTheUsualWayOfWritingAYear() {
        assertEquals(Optional.of(new AcademicYear(2026)), AcademicYear.parse("2026-27"));
        assertEquals(Optional.of(new AcademicYear(1999)), AcademicYear.parse("1999-00"));
        assertEquals(Optional.empty(), AcademicYear.parse("2026-28"));
        assertEquals(Optional.empty(), AcademicYear.parse("2026/27"));
        assertEquals(Optional.empty(), AcademicYear.parse(null));
    }

    @Test
    void septemberStartsANewYear() {
        assertEquals(new AcademicYear(2026), AcademicYear.containing(LocalDate.of(2026, 9, 1)));
        assertEquals(new AcademicYear(2025), AcademicYear.containing(LocalDate.of(2026, 8, 31)));
    }

    @Test
    void theDefaultCalendarCoversTheYearWithoutGaps() {
        AcademicYear year = new AcademicYear(2026);
        assertEquals(LocalDate.of(2026, 9, 1), year.defaultStart(Season.AUTUMN));
        assertEquals(year.defaultEnd(Season.AUTUMN).plusDays(1), year.defaultStart(Season.SPRING));
        assertEquals(year.defaultEnd(Season.SPRING).plusDays(1), year.defaultStart(Season.SUMMER));
        assertEquals(LocalDate.of(2027, 8, 31), year.defaultEnd(Season.SUMMER));
        assertEquals("2026-27", year.toString());
        assertEquals(2027, year.calendarYearOf(Season.SPRING));
    }
}
