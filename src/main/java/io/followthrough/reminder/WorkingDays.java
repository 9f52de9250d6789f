package io.followthrough.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday. Bank holidays are not counted out: a reminder then comes a day or two early, never late. */
final class WorkingDays {

    private WorkingDays() {
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

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
