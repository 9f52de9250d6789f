package io.followthrough.platform.web;

import io.followthrough.platform.Clocks;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read on GOV.UK-style pages: "7 June 2017", "7 June 2017 at 3:05pm". */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    static String govuk(LocalDate date) {
        return date(date);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String govuk(Instant instant) {
        return dateAndTime(instant);
    }

    public static String dateAndTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(Clocks.UK);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** A file size as people read it: "312 KB", "2.4 MB". */
    static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The ISO form, for machine-readable {@code <time datetime>} attributes. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String day(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getMonthValue());
    }

    static String year(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getYear());
    }
}
