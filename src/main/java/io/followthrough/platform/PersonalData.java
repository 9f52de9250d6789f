package io.followthrough.platform;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The plan is about the service, never about a child: free text must not carry a unique pupil number or a date of
 * birth, and what is written into a record that cannot be edited afterwards (progress updates, RAG reasons, date
 * changes, evidence names) must not carry a configured child's name either (DOMAIN.md, "Data protection"). The
 * publication guard reads the same name patterns, so a name is refused where it is typed and where it is published.
 */
public final class PersonalData {

    /** The setting that lists children's names, as regular expressions matched as whole words. */
    public static final String CHILD_NAME_PATTERNS = "followthrough.guard.child-name-patterns";

    /** A unique pupil number: a letter and 12 digits. */
    public static final Pattern UPN = Pattern.compile("\\b[A-Za-z]\\d{12}\\b");
    private static final Pattern DATE_OF_BIRTH = Pattern.compile("\\b(d\\.?o\\.?b\\.?|date of birth|born on)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

    private static volatile Names names = new Names(List.of(), List.of());

    private PersonalData() {
    }

    /** Why this text may not be stored, if it looks like a child's unique pupil number or date of birth. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (UPN.matcher(text).find()) {
            return Optional.of("This looks like a unique pupil number. Plans are about the service, never about "
                    + "a child: remove it");
        }
        if (DATE_OF_BIRTH.matcher(text).find()) {
            return Optional.of("This looks like a child's date of birth. Plans are about the service, never about "
                    + "a child: remove it");
        }
        return Optional.empty();
    }

    /**
     * As {@link #problemWith}, and also a configured child's name: for text that becomes part of the record, which
     * can only be redacted afterwards, never simply edited.
     */
    public static Optional<String> problemWithRecorded(String text) {
        Optional<String> problem = problemWith(text);
        if (problem.isPresent() || text == null || text.isBlank()) {
            return problem;
        }
        for (Pattern name : configuredNames()) {
            if (name.matcher(text).find()) {
                return Optional.of("This matches the name of a child. Plans are about the service, never about "
                        + "a child: remove it");
            }
        }
        return Optional.empty();
    }

    /** Adds an error for the field when its text looks like a child's personal data. */
    public static void check(String field, String text, List<FieldError> errors) {
        problemWith(text).ifPresent(message -> errors.add(new FieldError(field, message)));
    }

    /** Adds an error for the field when its text looks like a child's personal data or names a configured child. */
    public static void checkRecorded(String field, String text, List<FieldError> errors) {
        problemWithRecorded(text).ifPresent(message -> errors.add(new FieldError(field, message)));
    }

    /** A configured name pattern as it is matched: case-insensitively, as whole words only. */
    public static Pattern childName(String pattern) {
        try {
            return Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + pattern.strip() + ")(?!" + WORD_CHAR + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(CHILD_NAME_PATTERNS + " holds a pattern that is not a valid regular "
                    + "expression: " + e.getDescription(), e);
        }
    }

    /** The configured patterns as {@link #childName} compiles them, blank ones left out. */
    public static List<Pattern> childNames(List<String> patterns) {
        return patterns.stream().filter(p -> p != null && !p.isBlank()).map(PersonalData::childName).toList();
    }

    /** The patterns configured now, compiled again only when the setting changes. */
    private static List<Pattern> configuredNames() {
        List<String> configured = ConfigProvider.getConfig().getOptionalValues(CHILD_NAME_PATTERNS, String.class)
                .orElse(List.of());
        Names current = names;
        if (!current.configured().equals(configured)) {
            current = new Names(List.copyOf(configured), childNames(configured));
            names = current;
        }
        return current.patterns();
    }

    private record Names(List<String> configured, List<Pattern> patterns) {
    }
}
