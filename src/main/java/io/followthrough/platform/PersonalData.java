package io.followthrough.platform;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plan is about the service, never about a child: free text must not carry a unique pupil number or a date of
 * birth (DOMAIN.md, "Data protection").
 */
public final class PersonalData {

    private static final Pattern UPN = Pattern.compile("\\b[A-Za-z]\\d{12}\\b");
    private static final Pattern DATE_OF_BIRTH = Pattern.compile("\\b(d\\.?o\\.?b\\.?|date of birth|born on)\\b",
            Pattern.CASE_INSENSITIVE);

    private PersonalData() {
    }

    /** Why this text may not be stored, if it looks like a child's personal data. */
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

    /** Adds an error for the field when its text looks like a child's personal data. */
    public static void check(String field, String text, List<FieldError> errors) {
        problemWith(text).ifPresent(message -> errors.add(new FieldError(field, message)));
    }
}
