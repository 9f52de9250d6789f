package io.followthrough.platform;

import java.util.List;
import java.util.Locale;

/**
 * The longest text each kind of field takes, in characters. Inputs refuse longer text with a 400 naming the field;
 * the columns are sized to match (V11__text_field_limits.sql) and page forms accept a field this long
 * (quarkus.http.limits.max-form-attribute-size allows four bytes a character). The README lists them.
 */
public final class TextLimits {

    /** A person's name, a job title, a body such as "Executive", a decision owner. */
    public static final int NAME = 200;
    public static final String NAME_TEXT = "200";
    /** An email address (RFC 5321). */
    public static final int EMAIL = 320;
    public static final String EMAIL_TEXT = "320";
    /** A title of a review, a plan, a report subject. */
    public static final int TITLE = 300;
    public static final String TITLE_TEXT = "300";
    /** A theme's title or a scope question: a heading, sometimes a long one. */
    public static final int HEADING = 1_000;
    public static final String HEADING_TEXT = "1,000";
    /** A web address given as evidence. */
    public static final int LINK = 2_000;
    public static final String LINK_TEXT = "2,000";
    /** Narrative text: progress, reasons, impact, findings, comments, decisions. About four pages. */
    public static final int NARRATIVE = 10_000;
    public static final String NARRATIVE_TEXT = "10,000";
    /** A section of a committee report. */
    public static final int SECTION = 50_000;
    public static final String SECTION_TEXT = "50,000";

    private TextLimits() {
    }

    /** For text that does not come through a validated input (an imported document): adds an error if it is too long. */
    public static void check(String field, String label, String value, int max, List<FieldError> errors) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, label + " must be " + String.format(Locale.UK, "%,d", max)
                    + " characters or fewer"));
        }
    }
}
