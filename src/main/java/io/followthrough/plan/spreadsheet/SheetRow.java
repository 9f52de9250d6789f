package io.followthrough.plan.spreadsheet;

import java.time.LocalDate;
import java.util.Map;

/**
 * One row of a plan spreadsheet as text by column name, with the row number people see in Excel. Dates read from
 * Excel date cells arrive already as ISO dates.
 */
public record SheetRow(int number, Map<String, String> cells) {

    public String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    /** For export: a date as the ISO text import reads back. */
    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
