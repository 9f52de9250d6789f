package io.followthrough.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads a GOV.UK date input (day, month and year boxes) into a date, or records what is wrong with it. */
public final class FormDates {

    private FormDates() {
    }

    public static LocalDate read(String day, String month, String year, String field, String label,
                                 boolean required, FormErrors errors) {
        boolean blank = isBlank(day) && isBlank(month) && isBlank(year);
        if (blank) {
            if (required) {
                errors.add(field, "Enter the " + label);
            }
            return null;
        }
        if (isBlank(day) || isBlank(month) || isBlank(year)) {
            errors.add(field, "The " + label + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2200) {
                errors.add(field, "The " + label + " must have a four-digit year, like 2026");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, "The " + label + " must be a real date");
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
