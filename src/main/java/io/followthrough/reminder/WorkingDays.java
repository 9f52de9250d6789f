package io.followthrough.reminder;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days as a council counts them: Monday to Friday, except the bank holidays of England (and Wales), with the
 * substitute days when one falls at a weekend. The holidays come from Jollyday's calendar for the United Kingdom.
 */
final class WorkingDays {

    /** England's subdivision of Jollyday's United Kingdom calendar; Wales keeps the same bank holidays. */
    private static final String ENGLAND = "eng";

    private WorkingDays() {
    }

    /** Read once, the first time a reminder counts working days. */
    private static final class Holidays {
        static final HolidayManager ENGLAND_AND_WALES =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }

    static LocalDate after(LocalDate date, int workingDays) {
        LocalDate day = date;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    static LocalDate before(LocalDate date, int workingDays) {
        LocalDate day = date;
        int left = workingDays;
        while (left > 0) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !Holidays.ENGLAND_AND_WALES.isHoliday(day, ENGLAND);
    }
}
