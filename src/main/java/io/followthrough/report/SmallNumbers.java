package io.followthrough.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures about small groups of children (DOMAIN.md, "Data protection"): a count from 1 to one below the threshold
 * could identify a child to people who know the area, so narrative that states one is flagged for the author to
 * confirm or reword, and a figure written as "c" is explained wherever the report shows one. Counts of actions are
 * not about children and are never suppressed.
 */
final class SmallNumbers {

    private static final String CHILDREN = "(?:looked[- ]after\\s+)?(?:children|child|pupils?|young\\s+(?:people|person)"
            + "|learners?|students?|care\\s+leavers?|boys?|girls?|babies|infants?)";
    // Up to two words between the number and the noun: "2 looked after children", "three of our pupils".
    private static final String BETWEEN = "(?:\\s+[\\p{L}'’-]+){0,2}?\\s+";
    private static final Pattern SUPPRESSED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])c" + BETWEEN + CHILDREN + "(?![\\p{L}])");

    private final int threshold;
    private final Pattern count;

    SmallNumbers(int threshold) {
        this.threshold = threshold;
        List<String> words = new ArrayList<>();
        for (int n = 1; n < threshold && n < 1000; n++) {
            words.add(ReportProse.words(n));
        }
        this.count = Pattern.compile("(?<![\\p{L}\\p{N}.,£$%])(\\d{1,3}" + (words.isEmpty() ? "" : "|"
                + String.join("|", words)) + ")(?![\\p{N}.,%])" + BETWEEN + CHILDREN + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Where the text states a number of children from 1 to one below the threshold: start and end of each. */
    List<int[]> statedCounts(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = count.matcher(text);
        while (m.find()) {
            long n = value(m.group(1));
            if (n > 0 && n < threshold) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        return found;
    }

    /** Whether the text shows a suppressed figure about children, "c children". */
    static boolean showsSuppressed(String text) {
        return text != null && SUPPRESSED.matcher(text).find();
    }

    /** What "c" means, for the report to print wherever it shows one. */
    String note() {
        return "c: a figure about fewer than " + ReportProse.words(threshold) + " children, not published so that no "
                + "child can be identified.";
    }

    private long value(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return Long.parseLong(number);
        }
        String word = number.toLowerCase(Locale.UK);
        for (int n = 1; n < threshold; n++) {
            if (ReportProse.words(n).equals(word)) {
                return n;
            }
        }
        return -1;
    }
}
