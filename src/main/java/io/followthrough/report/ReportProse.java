package io.followthrough.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a committee report writes dates and counts in its prose, as the Middlesbrough report does: "7 and 8 June 2017",
 * "June 2017", "six core themes". ISO dates and bare digits are for machines and tables, not for members.
 */
public final class ReportProse {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};

    private ReportProse() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    /** A span of days: "7 June 2017", "7 and 8 June 2017", "7 to 9 June 2017", "30 June to 2 July 2017". */
    public static String days(LocalDate from, LocalDate to) {
        if (from == null) {
            return date(to);
        }
        if (to == null || to.equals(from)) {
            return date(from);
        }
        if (to.isBefore(from)) {
            return days(to, from);
        }
        String joint = from.plusDays(1).equals(to) ? " and " : " to ";
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + joint + date(to);
        }
        if (from.getYear() == to.getYear()) {
            return DAY_AND_MONTH.format(from) + " to " + date(to);
        }
        return date(from) + " to " + date(to);
    }

    /** A count in words up to nine hundred and ninety-nine, in figures beyond. */
    public static String words(long n) {
        if (n < 0 || n > 999) {
            return String.valueOf(n);
        }
        if (n < 20) {
            return UNITS[(int) n];
        }
        if (n < 100) {
            return TENS[(int) n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[(int) n % 10]);
        }
        return UNITS[(int) n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + words(n % 100));
    }

    /** A count and its noun: "one action", "six core themes". */
    public static String count(long n, String singular, String plural) {
        return words(n) + " " + (n == 1 ? singular : plural);
    }
}
