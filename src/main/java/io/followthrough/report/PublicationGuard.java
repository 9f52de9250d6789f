package io.followthrough.report;

import io.followthrough.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Run before a report is published: finds text that looks like a child's personal data, which must never reach a
 * published report, and suppresses small counts (DOMAIN.md, "Data protection").
 */
@ApplicationScoped
public class PublicationGuard {

    // The date-of-birth words of io.followthrough.platform.PersonalData, which checks input; here a date after the
    // words is part of the match so that the excerpt can mask it.
    private static final Pattern UPN = PersonalData.UPN;
    private static final String DATE = "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9},?\\s+\\d{4}"
            + "|[A-Za-z]{3,9}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}";
    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "\\b(?:d\\.?o\\.?b\\.?|date of birth|born on)(?![\\p{L}\\p{N}])"
                    + "(?:[\\s:,-]*(?:(?:is|was)\\s+)?(" + DATE + "))?",
            Pattern.CASE_INSENSITIVE);
    private static final int CONTEXT = 30;
    private static final String MASK = "•";
    private static final String REMOVE = " Remove it, or record a reason if it must be published.";

    private final int smallNumberThreshold;
    private final SmallNumbers smallNumbers;
    private final List<Pattern> childNames;

    public PublicationGuard(GuardConfig config) {
        this.smallNumberThreshold = config.smallNumberThreshold();
        this.smallNumbers = new SmallNumbers(config.smallNumberThreshold());
        this.childNames = PersonalData.childNames(config.childNamePatterns().orElse(List.of()));
    }

    /** What "c" means in a report that shows one, or null when none of its text does. */
    public String smallNumberNote(ReportDocument doc) {
        return ReportTexts.of(doc).stream().anyMatch(t -> SmallNumbers.showsSuppressed(t.text()))
                ? smallNumbers.note() : null;
    }

    /**
     * Every piece of text in the report that looks like a child's personal data or states a small number of
     * children, in the order it is read.
     */
    public List<GuardFinding> check(ReportDocument doc) {
        List<GuardFinding> findings = new ArrayList<>();
        for (ReportTexts.Text text : ReportTexts.of(doc)) {
            List<Match> matches = matches(text.text());
            for (Match match : matches) {
                findings.add(new GuardFinding(text.itemId(), match.kind().name(), text.where(),
                        excerpt(text.text(), match, matches), match.kind().message));
            }
        }
        return findings;
    }

    /** The findings not overridden with a reason; an override without a reason, or for another item, counts for nothing. */
    public List<GuardFinding> unresolved(List<GuardFinding> findings, List<GuardOverride> overrides) {
        Set<String> overridden = overrides.stream()
                .filter(GuardOverride::hasReason)
                .map(GuardOverride::itemId)
                .collect(Collectors.toSet());
        return findings.stream().filter(f -> !overridden.contains(f.itemId())).toList();
    }

    /** Whether the report may not be published: some finding still has no override with a reason. */
    public boolean blocks(List<GuardFinding> findings, List<GuardOverride> overrides) {
        return !unresolved(findings, overrides).isEmpty();
    }

    /** A count as published, with the configured threshold; see {@link #suppress(long, int)}. */
    public String suppress(long count) {
        return suppress(count, smallNumberThreshold);
    }

    /**
     * A count as published: from 1 to {@code threshold - 1} it is shown as "c", the statistical-disclosure convention;
     * 0 and counts of at least the threshold are shown as numbers. A small group of children in care, say the three
     * placed out of area, could be identified by people who know the area, so its size is never published.
     */
    public static String suppress(long count, int threshold) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        return count > 0 && count < threshold ? "c" : Long.toString(count);
    }

    private List<Match> matches(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher upn = UPN.matcher(text);
        while (upn.find()) {
            matches.add(new Match(Kind.UPN, upn.start(), upn.end(), upn.start() + 3));
        }
        Matcher dob = DATE_OF_BIRTH.matcher(text);
        while (dob.find()) {
            matches.add(new Match(Kind.DATE_OF_BIRTH, dob.start(), dob.end(), dob.start(1) < 0 ? dob.end() : dob.start(1)));
        }
        for (int[] small : smallNumbers.statedCounts(text)) {
            matches.add(new Match(Kind.SMALL_NUMBER, small[0], small[1], small[1]));
        }
        for (Pattern name : childNames) {
            Matcher m = name.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    matches.add(new Match(Kind.CHILD_NAME, m.start(), m.end(), m.start() + 1));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::start).thenComparing(Match::kind));
        return matches;
    }

    /** The match with a little of the text either side, every piece of personal data within it masked. */
    private static String excerpt(String text, Match match, List<Match> all) {
        int from = Math.max(0, match.start() - CONTEXT);
        int to = Math.min(text.length(), match.end() + CONTEXT);
        StringBuilder masked = new StringBuilder(text.substring(from, to));
        for (Match other : all) {
            for (int i = Math.max(from, other.maskFrom()); i < Math.min(to, other.end()); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    masked.replace(i - from, i - from + 1, MASK);
                }
            }
        }
        String excerpt = masked.toString().replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + excerpt + (to < text.length() ? "…" : "");
    }

    private enum Kind {
        UPN("This looks like a unique pupil number. A published report is about the service, never about a child."
                + REMOVE),
        DATE_OF_BIRTH("This looks like a child's date of birth. A published report is about the service, never about "
                + "a child." + REMOVE),
        CHILD_NAME("This matches the name of a child that must never be published." + REMOVE),
        SMALL_NUMBER("This states a small number of children, which could identify them. Reword it (write \"c\" for "
                + "the number, which the report explains), or record a reason if it must be published.");

        private final String message;

        Kind(String message) {
            this.message = message;
        }
    }

    /** Characters from {@code maskFrom} to {@code end} are the personal data; those before it give context. */
    private record Match(Kind kind, int start, int end, int maskFrom) {
    }
}
