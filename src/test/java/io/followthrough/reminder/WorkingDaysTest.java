package io.followthrough.reminder;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working days skip weekends and England's bank holidays, with their substitute days. */
class WorkingDaysTest {

    @Test
    void christmasBoxingDayAndItsSubstituteAreNotWorkingDays() {
        // Christmas 2026 is a Friday; Boxing Day falls on the Saturday, so Monday 28 December is the bank holiday.
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 25)));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 28)));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 29)));
        assertEquals(LocalDate.of(2026, 12, 24), WorkingDays.before(LocalDate.of(2026, 12, 29), 1));
        assertEquals(LocalDate.of(2026, 12, 29), WorkingDays.after(LocalDate.of(2026, 12, 24), 1));
    }

    @Test
    void easterAndTheMayAndAugustBankHolidaysAreNotWorkingDays() {
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2027, 3, 26)), "Good Friday 2027");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2027, 3, 29)), "Easter Monday 2027");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 3)), "Early May bank holiday");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 31)), "Spring bank holiday");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2027, 8, 30)), "Summer bank holiday");
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2027, 3, 17)), "St Patrick's Day is not one in England");
    }

    @Test
    void tenWorkingDaysBeforeAMeetingInJanuaryReachBackPastTheHolidays() {
        // Meeting Friday 8 January 2027: counting back skips 1 January, 28 and 25 December and two weekends.
        assertEquals(LocalDate.of(2026, 12, 22), WorkingDays.before(LocalDate.of(2027, 1, 8), 10));
    }
}
