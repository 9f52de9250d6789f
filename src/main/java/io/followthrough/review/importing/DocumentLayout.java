package io.followthrough.review.importing;

import io.followthrough.review.FindingKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a document with what each one looks like: heading, numbered section, theme heading, "Strengths"
 * or "Areas for consideration" heading, bullet or plain text. Reading what they mean together is left to
 * {@link ReviewTextParser} and {@link MetadataReader}.
 */
final class DocumentLayout {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern BULLET = Pattern.compile(
            "^(?:(?:--|[-–—*+])\\s+|[•▪●◦‣■□➢➤►·]\\s*|(?:\\d{1,2}[.)]|[a-z][.)]|\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\))\\s+)(.*)$");
    private static final Pattern SYMBOL_BULLET = Pattern.compile("^(?:(?:--|[-–—*+])\\s+|[•▪●◦‣■□➢➤►·]\\s*)(.*)$");
    private static final Pattern THEME = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(\\p{Lu}.*)$");
    private static final Pattern SECTION = Pattern.compile("^(\\d{1,2})\\.\\s+(\\p{Lu}.*)$");
    private static final Pattern STYLED_SECTION = Pattern.compile("^(\\d{1,2})\\.?\\s+(\\p{L}.*)$");
    private static final Pattern GLUED_STRENGTHS = Pattern.compile("^(.*\\S)\\s+Strengths$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRENGTHS_HEADING = Pattern.compile("(?:key |main |headline )?strengths?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AREAS_HEADING = Pattern.compile(
            "areas? (?:for|of) (?:consideration|development|improvement|further development)"
                    + "|areas? to (?:consider|develop|improve)|recommendations?|points for consideration"
                    + "|what (?:needs to|should|could) improve(?: in [\\p{L}'’ ]{1,60})?\\??"
                    + "|(?:key |main |our |summary of )?recommendations?(?: and (?:management responses?|action plan))?"
                    + "|(?:agreed )?action plan",
            Pattern.CASE_INSENSITIVE);
    private static final int SECTION_TITLE_MAX_WORDS = 8;
    private static final int GLUED_TITLE_MIN_WORDS = 3;

    private DocumentLayout() {
    }

    static List<Line> of(List<DocumentLine> documentLines) {
        List<Line> lines = new ArrayList<>(documentLines.size());
        for (int i = 0; i < documentLines.size(); i++) {
            lines.add(new Line(i + 1, documentLines.get(i)));
        }
        return lines;
    }

    /** Text with runs of whitespace made one space and Markdown bold marks removed. */
    static String tidy(String text) {
        return WHITESPACE.matcher(text.replace("**", "")).replaceAll(" ").strip();
    }

    static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split(" +").length;
    }

    record Numbered(int number, String title) {
    }

    record ThemeHeading(int major, String number, String title, FindingKind gluedKind) {
    }

    record Bullet(int level, String text) {
    }

    static final class Line {
        final int number;
        final Integer page;
        final String raw;
        /** The text without Markdown heading marks or bold marks, whitespace tidied. */
        final String content;
        final int headingLevel;
        final boolean startsParagraph;
        final boolean blank;
        final Bullet bullet;
        final Numbered section;
        final ThemeHeading theme;
        final FindingKind kind;
        /** The text of each cell, for a row of a table; otherwise null. */
        final List<String> cells;

        Line(int number, DocumentLine line) {
            this.number = number;
            this.page = line.page();
            this.raw = line.text();
            this.startsParagraph = line.startsParagraph();
            String text = tidy(raw);
            int level = line.headingLevel();
            Matcher markdown = MARKDOWN_HEADING.matcher(text);
            if (markdown.matches()) {
                level = markdown.group(1).length();
                text = markdown.group(2).strip();
            }
            this.content = text;
            this.headingLevel = level;
            this.blank = text.isEmpty();
            this.bullet = blank || level > 0 ? null : bullet(indentOf(raw), text);
            this.section = blank ? null : section(text, level > 0);
            this.theme = blank ? null : theme(text);
            this.cells = line.cells();
            this.kind = blank || theme != null || cells != null ? null : kindHeading(text)
                    .or(() -> section == null ? Optional.empty() : kindHeading(section.title()))
                    .orElse(null);
        }

        boolean isHeading() {
            return headingLevel > 0;
        }

        /** True for a line whose whole text is a list item's marker followed by text, at any depth. */
        boolean isBullet() {
            return bullet != null;
        }

        /** The text without any list marker. */
        String text() {
            return bullet != null ? bullet.text() : content;
        }
    }

    private static int indentOf(String raw) {
        int indent = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\u00A0') {
                indent++;
            } else if (c == '\t') {
                indent += 4;
            } else {
                break;
            }
        }
        return indent;
    }

    private static Bullet bullet(int indent, String text) {
        Matcher matcher = BULLET.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        return new Bullet(indent > 0 ? 1 : 0, matcher.group(1).strip());
    }

    private static Numbered section(String text, boolean styledAsHeading) {
        Matcher matcher = (styledAsHeading ? STYLED_SECTION : SECTION).matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String title = matcher.group(2).strip();
        if (!styledAsHeading && (wordCount(title) > SECTION_TITLE_MAX_WORDS || title.matches(".*[.,;:]$"))) {
            return null;
        }
        return new Numbered(Integer.parseInt(matcher.group(1)), title);
    }

    private static ThemeHeading theme(String text) {
        Matcher symbol = SYMBOL_BULLET.matcher(text);
        String unmarked = symbol.matches() ? symbol.group(1).strip() : text;
        Matcher matcher = THEME.matcher(unmarked);
        if (!matcher.matches()) {
            return null;
        }
        String number = matcher.group(1) + "." + matcher.group(2);
        String title = matcher.group(3).strip();
        Matcher glued = GLUED_STRENGTHS.matcher(title);
        // Text pulled from a PDF often runs the first "Strengths" heading on to the end of the theme's title.
        if (glued.matches() && wordCount(glued.group(1)) >= GLUED_TITLE_MIN_WORDS) {
            return new ThemeHeading(Integer.parseInt(matcher.group(1)), number, glued.group(1), FindingKind.STRENGTH);
        }
        return new ThemeHeading(Integer.parseInt(matcher.group(1)), number, title, null);
    }

    static Optional<FindingKind> kindHeading(String text) {
        Matcher symbol = SYMBOL_BULLET.matcher(text);
        String unmarked = (symbol.matches() ? symbol.group(1) : text).strip().replaceAll("[:.]+$", "").strip();
        if (STRENGTHS_HEADING.matcher(unmarked).matches()) {
            return Optional.of(FindingKind.STRENGTH);
        }
        if (AREAS_HEADING.matcher(unmarked).matches()) {
            return Optional.of(FindingKind.AREA_FOR_CONSIDERATION);
        }
        return Optional.empty();
    }

    static boolean startsWithLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    static String lowerCase(String text) {
        return text.toLowerCase(Locale.UK);
    }
}
