package io.followthrough.review.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of recommendations, as audit reports and action plans lay them out: a header row naming the columns
 * (No., Priority, Recommendation, Management response, Responsible officer, Target date, in any order and
 * wording), then one row per recommendation.
 */
record RecommendationTable(int recommendation, int priority, int response, int owner, int date) {

    static final String TITLE = "Recommendations";

    private static final Pattern RECOMMENDATION = heading(
            "(?:audit )?(?:recommendations?|agreed actions?|actions? required|issues? and recommendations?)");
    private static final Pattern PRIORITY = heading("(?:priority|rating|risk(?: rating)?|grade)");
    private static final Pattern RESPONSE = heading(
            "(?:management (?:response|comments?)|agreed action|response|management action)s?");
    private static final Pattern OWNER = heading(
            "(?:(?:action )?owner|responsible (?:officer|person|manager)|lead(?: officer)?|officer responsible"
                    + "|responsibility|by whom)");
    private static final Pattern DATE = heading(
            "(?:target (?:date|implementation date)|implementation date|due(?: date)?|deadline|by when|timescale"
                    + "|date(?: for implementation)?)");
    private static final DateTimeFormatter DAY_MONTH_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM uuuu").toFormatter(Locale.UK);
    private static final DateTimeFormatter DAY_SHORT_MONTH_YEAR = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM uuuu").toFormatter(Locale.UK);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2}|\\d{4})");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)\\b");

    /** A column heading's pattern, case aside, its spaces optional. */
    private static Pattern heading(String regex) {
        return Pattern.compile(regex.replace(" ", " ?"), Pattern.CASE_INSENSITIVE);
    }

    /** One recommendation and what the table proposes for the action that answers it. */
    record Row(String recommendation, DraftFinding.Proposal proposal) {
    }

    /** The columns of a header row, or null when the row does not head a table of recommendations. */
    static RecommendationTable of(List<String> header) {
        int recommendation = find(header, RECOMMENDATION, -1);
        if (recommendation < 0) {
            return null;
        }
        int response = find(header, RESPONSE, recommendation);
        return new RecommendationTable(recommendation, find(header, PRIORITY, recommendation), response,
                find(header, OWNER, recommendation), find(header, DATE, recommendation));
    }

    private static int find(List<String> header, Pattern name, int except) {
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).strip().replaceAll("[:.*]+$", "");
            // A narrow column in a PDF may break a word of its heading ("Priorit y"); read it without spaces too.
            if (i != except && (name.matcher(cell).matches()
                    || name.matcher(cell.replace(" ", "")).matches())) {
                return i;
            }
        }
        return -1;
    }

    /** The recommendation of a row, or null when the row has none (a blank or merged row). */
    Row read(List<String> cells) {
        String text = cell(cells, recommendation);
        if (text == null) {
            return null;
        }
        String dateText = cell(cells, date);
        return new Row(text, new DraftFinding.Proposal(cell(cells, priority), cell(cells, owner), date(dateText),
                dateText, cell(cells, response)));
    }

    private static String cell(List<String> cells, int column) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String text = DocumentLayout.tidy(cells.get(column));
        return text.isEmpty() ? null : text;
    }

    /** A target date as audit tables write it; a month alone means its last day. Null when it is not a date. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = ORDINAL.matcher(text.strip().replaceAll("[.,]$", "")).replaceAll("$1");
        try {
            Matcher numeric = NUMERIC_DATE.matcher(cleaned);
            if (numeric.matches()) {
                int year = Integer.parseInt(numeric.group(3));
                return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1)));
            }
            for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, DAY_SHORT_MONTH_YEAR)) {
                try {
                    return LocalDate.parse(cleaned, format);
                } catch (DateTimeException e) {
                    // Try the next way of writing it.
                }
            }
            return YearMonth.parse(cleaned, MONTH_YEAR).atEndOfMonth();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
