package io.followthrough.review.importing;

import io.followthrough.review.FindingKind;
import io.followthrough.review.importing.DocumentLayout.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a review's themes and findings from the lines of a document, whatever format they came from.
 *
 * <p>The findings part is the numbered section whose title mentions findings ("3. Detailed Findings") up to the
 * next numbered section; without one, it starts at the first numbered theme ("3.1 …"). Themes are the numbered
 * headings of that section (or, in a document that does not number them, its highest headings), each split by
 * "Strengths" and "Areas for consideration" headings. A finding is a bullet or a paragraph with everything that
 * continues it: wrapped lines, sub-bullets, a quotation, and text that carries on after a page break. Whatever
 * cannot be placed is kept as unplaced text, so every word of the findings part ends up somewhere. A document
 * with no structure at all gives one theme and all its text unplaced.
 */
final class ReviewTextParser {

    static final String DEFAULT_THEME_TITLE = "Findings";

    private static final Pattern FINDINGS_TITLE = Pattern.compile("\\bfindings?\\b", Pattern.CASE_INSENSITIVE);
    private static final String OPENING_QUOTES = "'\"‘“";
    /** The end of a quotation, perhaps with its source in brackets: …challenging' or …School' (Senior LA Officer). */
    private static final Pattern QUOTATION_END = Pattern.compile("['\"’”](?:\\s*\\([^)]*\\))?[.,;]?$");
    private static final int QUOTATION_END_LENGTH = 200;
    private static final String TERMINAL = ".?!'\"’”)]";
    private static final int LEAD_IN_MAX_LENGTH = 200;
    /**
     * A paragraph cut off mid-sentence (by a page break, in text pulled from a PDF) carries on in the next one;
     * a short line without a full stop is more likely a heading of its own.
     */
    private static final int SHORT_LINE_WORDS = 8;
    // Areas for consideration are written as instructions; an indented bullet that starts with one is the next
    // recommendation rather than evidence for the one before it.
    private static final Set<String> INSTRUCTIONS = Set.of("consider", "ensure", "develop", "further", "identify",
            "undertake", "check", "encourage", "review", "improve", "establish", "explore", "strengthen", "continue",
            "build", "clarify", "increase", "reduce", "make", "use", "provide", "analyse", "analyze", "evaluate",
            "promote", "agree", "monitor", "embed", "share", "create", "introduce", "secure", "extend", "address",
            "prioritise", "prioritize", "raise", "seek", "engage", "implement", "maintain", "revisit");

    ReviewDraft parse(List<DocumentLine> documentLines) {
        List<Line> lines = DocumentLayout.of(documentLines);
        Part part = findingsPart(lines);
        Findings findings = new Findings(lines, part);
        findings.read();
        findings.readRecommendationSectionsOutside();
        DraftMetadata metadata = new MetadataReader(lines, part.start()).read();
        metadata = metadata.withType(ReviewTypes.detect(lines, metadata.reviewingBody()));
        List<SourceLine> source = lines.stream().map(l -> new SourceLine(l.number, l.page, l.raw)).toList();
        return new ReviewDraft(metadata, findings.themes(), findings.unplaced(), source);
    }

    /**
     * The lines [start, end) that hold the findings.
     *
     * @param major the section number themes are numbered under, or null when themes are not numbered
     * @param title the findings section's title, if it has a heading
     */
    record Part(int start, int end, Integer major, String title) {
    }

    static Part findingsPart(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.theme != null || line.kind != null) {
                continue;
            }
            if (line.section != null && FINDINGS_TITLE.matcher(line.section.title()).find()) {
                int major = line.section.number();
                return new Part(i + 1, endOfSection(lines, i + 1, major, 0), major, line.section.title());
            }
            if (line.isHeading() && line.section == null && FINDINGS_TITLE.matcher(line.content).find()) {
                int end = endOfSection(lines, i + 1, null, line.headingLevel);
                if (end <= nextNonBlank(lines, i + 1)) {
                    // Headings all of one size (as a PDF may show them) say nothing about nesting: the findings
                    // run to the end.
                    end = lines.size();
                }
                return new Part(i + 1, end, null, line.content);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.theme != null) {
                int major = line.theme.major();
                return new Part(i, endOfSection(lines, i + 1, major, 0), major, null);
            }
        }
        return new Part(frontMatterEnd(lines), lines.size(), null, null);
    }

    /**
     * In a document with headings but no findings section, the front matter (title, dates, who inspected) runs to
     * the first heading after the title; the rest is the body, read for themes, recommendations and text to place.
     */
    private static int frontMatterEnd(List<Line> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).blank) {
            first++;
        }
        if (first >= lines.size() || !lines.get(first).isHeading()) {
            return 0;
        }
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).isHeading()) {
                return i;
            }
        }
        return 0;
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank) {
            i++;
        }
        return i;
    }

    private static int endOfSection(List<Line> lines, int from, Integer major, int headingLevel) {
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.theme != null || line.kind != null) {
                continue;
            }
            if (major != null && line.section != null && line.section.number() > major) {
                return i;
            }
            if (major == null && line.isHeading() && line.headingLevel <= headingLevel) {
                return i;
            }
        }
        return lines.size();
    }

    /** Walks the findings part once, line by line, building themes, findings and unplaced text. */
    private static final class Findings {
        private final List<Line> lines;
        private final Part part;
        private final Integer themeMajor;
        private final int themeHeadingLevel;
        private final boolean strengthsHeadings;
        private final List<ThemeBuilder> themes = new ArrayList<>();
        private final List<Piece> unplaced = new ArrayList<>();
        private ThemeBuilder theme;
        private FindingKind kind;
        private Piece current;
        /** A line such as "Other issues raised in relation to PEPs:" waiting for the list it introduces. */
        private Piece leadIn;
        private boolean titleOpen;
        /** The theme of the recommendations section being read, if one is. */
        private ThemeBuilder sectionTheme;
        /** The columns of the table of recommendations being read, if one is. */
        private RecommendationTable table;
        private ThemeBuilder tableOuter;
        private FindingKind tableOuterKind;

        Findings(List<Line> lines, Part part) {
            this.lines = lines;
            this.part = part;
            this.themeMajor = numberedThemeMajor(lines, part);
            this.themeHeadingLevel = themeMajor == null ? themeHeadingLevel(lines, part) : 0;
            this.strengthsHeadings = lines.subList(part.start(), part.end()).stream()
                    .anyMatch(line -> line.kind == FindingKind.STRENGTH);
            if (themeMajor == null && themeHeadingLevel == 0) {
                theme = new ThemeBuilder(null, part.title() != null ? part.title() : DEFAULT_THEME_TITLE);
                theme.standIn = true;
                themes.add(theme);
            }
        }

        private static Integer numberedThemeMajor(List<Line> lines, Part part) {
            for (int i = part.start(); i < part.end(); i++) {
                Line line = lines.get(i);
                if (line.theme != null && (part.major() == null || part.major() == line.theme.major())) {
                    return line.theme.major();
                }
            }
            return null;
        }

        /**
         * The heading level of themes that are not numbered, or 0 for none. Headings are read as themes only in
         * a findings section or beside "Strengths" and "Areas for consideration" headings: in any other document
         * they are just its headings.
         */
        private static int themeHeadingLevel(List<Line> lines, Part part) {
            int level = 0;
            for (int i = part.start(); i < part.end(); i++) {
                Line line = lines.get(i);
                if (line.isHeading() && line.kind == null && line.cells == null
                        && (level == 0 || line.headingLevel < level)) {
                    level = line.headingLevel;
                }
            }
            boolean kinds = false;
            for (int i = part.start(); i < part.end(); i++) {
                Line line = lines.get(i);
                // A recommendations heading at the level of the document's other headings is a section of its own.
                kinds |= line.kind != null && line.section == null && !(line.isHeading() && line.headingLevel <= level);
            }
            return part.title() != null || kinds ? level : 0;
        }

        void read() {
            boolean pendingBreak = false;
            for (int i = part.start(); i < part.end(); i++) {
                Line line = lines.get(i);
                if (line.blank) {
                    pendingBreak = true;
                    continue;
                }
                boolean newBlock = pendingBreak || line.startsParagraph;
                pendingBreak = false;
                if (line.cells != null) {
                    readRow(line);
                    continue;
                }
                endTable();
                if (!line.isBullet() || startsTheme(line) || line.kind != null) {
                    leaveLeadIn();
                }
                if (isRecommendationSection(line, true)) {
                    int end = Math.min(sectionEnd(i), part.end());
                    readSection(i, end, themes.size());
                    i = end - 1;
                    continue;
                }
                if (startsTheme(line)) {
                    close();
                    theme = themeMajor != null
                            ? new ThemeBuilder(line.theme.number(), line.theme.title())
                            : new ThemeBuilder(null, line.content);
                    themes.add(theme);
                    kind = themeMajor != null ? line.theme.gluedKind() : null;
                    titleOpen = kind == null && !line.isHeading();
                    continue;
                }
                if (line.kind != null) {
                    close();
                    kind = line.kind;
                    titleOpen = false;
                    continue;
                }
                if (titleOpen && !newBlock && !line.isBullet() && !line.isHeading()) {
                    theme.title.append(' ').append(line.content);
                    continue;
                }
                titleOpen = false;
                if (line.isHeading() || line.theme != null) {
                    close();
                    Piece heading = new Piece(line, line.content);
                    heading.heading = line.isHeading();
                    unplaced.add(heading);
                } else if (line.isBullet()) {
                    readBullet(line);
                } else {
                    readText(line, i, newBlock);
                }
            }
            close();
            endTable();
            leaveLeadIn();
        }

        /**
         * A heading such as "Key recommendations" or "What needs to improve in this local authority?" that is a
         * section of its own, not the areas-for-consideration part of a theme: its list items are areas for
         * consideration under a theme of that name.
         */
        private boolean isRecommendationSection(Line line, boolean insidePart) {
            if (line.kind != FindingKind.AREA_FOR_CONSIDERATION || line.cells != null) {
                return false;
            }
            if (line.section != null && line.theme == null) {
                return true;
            }
            if (!line.isHeading()) {
                return false;
            }
            if (!insidePart) {
                return true;
            }
            // Beside "Strengths" headings, an "Areas for development" heading is the other half of a theme.
            return !strengthsHeadings && themeMajor == null && (themeHeadingLevel == 0 || line.headingLevel <= themeHeadingLevel);
        }

        private int sectionEnd(int start) {
            Line heading = lines.get(start);
            for (int i = start + 1; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.theme != null || (line.isHeading() && (!heading.isHeading()
                        || line.headingLevel <= heading.headingLevel))) {
                    return i;
                }
                if (heading.section != null && line.section != null && !line.isHeading()
                        && line.section.number() == heading.section.number() + 1) {
                    return i;
                }
            }
            return lines.size();
        }

        /** Reads a recommendations section into a theme of its own, inserted among the themes at {@code at}. */
        private void readSection(int start, int end, int at) {
            close();
            leaveLeadIn();
            Line heading = lines.get(start);
            ThemeBuilder outer = theme;
            FindingKind outerKind = kind;
            theme = heading.section != null
                    ? new ThemeBuilder(Integer.toString(heading.section.number()), heading.section.title())
                    : new ThemeBuilder(null, heading.content);
            themes.add(at, theme);
            sectionTheme = theme;
            kind = null;
            boolean pendingBreak = false;
            for (int i = start + 1; i < end; i++) {
                Line line = lines.get(i);
                if (line.blank) {
                    pendingBreak = true;
                    continue;
                }
                boolean newBlock = pendingBreak || line.startsParagraph;
                pendingBreak = false;
                if (line.cells != null) {
                    readRow(line);
                    continue;
                }
                endTable();
                if (line.isHeading()) {
                    close();
                    leaveLeadIn();
                    unplaced.add(new Piece(line, line.content));
                } else if (line.isBullet()) {
                    if (kind == null) {
                        close();
                        kind = FindingKind.AREA_FOR_CONSIDERATION;
                    }
                    readBullet(line);
                } else if (kind == null) {
                    // Text before the first item introduces the section; it is kept to place, not taken as a
                    // recommendation.
                    if (current != null && !newBlock) {
                        current.add(line, line.content);
                    } else {
                        close();
                        current = new Piece(line, line.content);
                    }
                } else {
                    readText(line, i, newBlock);
                }
            }
            close();
            endTable();
            leaveLeadIn();
            theme = outer;
            kind = outerKind;
            sectionTheme = null;
        }

        /** Recommendations sections before or after the findings part, as an LGA report puts its key recommendations. */
        void readRecommendationSectionsOutside() {
            int before = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (i >= part.start() && i < part.end()) {
                    continue;
                }
                if (isRecommendationSection(lines.get(i), false)) {
                    int end = sectionEnd(i);
                    if (i < part.start()) {
                        end = Math.min(end, part.start());
                    }
                    readSection(i, end, i < part.start() ? before++ : themes.size());
                    i = end - 1;
                }
            }
        }

        /** A row of a table: a table of recommendations gives one area for consideration per row. */
        private void readRow(Line line) {
            if (table == null) {
                RecommendationTable columns = RecommendationTable.of(line.cells);
                close();
                leaveLeadIn();
                if (columns == null) {
                    unplaced.add(new Piece(line, line.content));
                    return;
                }
                table = columns;
                tableOuter = theme;
                tableOuterKind = kind;
                if (sectionTheme == null || sectionTheme != theme || !theme.findings.isEmpty()) {
                    Piece heading = !unplaced.isEmpty() && unplaced.get(unplaced.size() - 1).heading
                            ? unplaced.remove(unplaced.size() - 1) : null;
                    theme = new ThemeBuilder(null, heading != null ? heading.text() : RecommendationTable.TITLE);
                    themes.add(theme);
                }
                kind = FindingKind.AREA_FOR_CONSIDERATION;
                return;
            }
            RecommendationTable.Row row = table.read(line.cells);
            close();
            if (row == null) {
                unplaced.add(new Piece(line, line.content));
                return;
            }
            current = new Piece(line, row.recommendation());
            current.proposal = row.proposal();
            close();
        }

        private void endTable() {
            if (table != null) {
                close();
                table = null;
                theme = tableOuter;
                kind = tableOuterKind;
            }
        }

        private boolean startsTheme(Line line) {
            if (themeMajor != null) {
                return line.theme != null && line.theme.major() == themeMajor;
            }
            return themeHeadingLevel > 0 && line.isHeading() && line.kind == null
                    && line.headingLevel == themeHeadingLevel;
        }

        private void readBullet(Line line) {
            boolean subBullet = line.bullet.level() > 0 && current != null;
            if (subBullet && !(kind == FindingKind.AREA_FOR_CONSIDERATION && isInstruction(line.bullet.text())
                    && !current.endsWith(":"))) {
                current.addSubBullet(line, line.bullet.text());
                return;
            }
            close();
            if (leadIn != null) {
                // The lead-in stays with the first item of its list, so the list reads as it does in the review.
                current = leadIn;
                leadIn = null;
                current.addLine(line, line.bullet.text());
            } else {
                current = new Piece(line, line.bullet.text());
            }
        }

        /** A lead-in that no list followed after all is kept as unplaced text. */
        private void leaveLeadIn() {
            if (leadIn != null) {
                unplaced.add(leadIn);
                leadIn = null;
            }
        }

        private void readText(Line line, int index, boolean newBlock) {
            String text = line.content;
            if (current != null && !newBlock) {
                current.add(line, text);
            } else if (current != null && (DocumentLayout.startsWithLowerCase(text)
                    || isQuotation(text) || current.endsWith(":"))) {
                current.add(line, text);
            } else if (isLeadIn(text, index)) {
                close();
                leadIn = new Piece(line, text);
            } else if (current != null && !current.isFinished() && current.words > SHORT_LINE_WORDS) {
                current.add(line, text);
            } else {
                close();
                current = new Piece(line, text);
            }
        }

        /** A line such as "Other issues raised in relation to PEPs:" that introduces the bullets after it. */
        private boolean isLeadIn(String text, int index) {
            if (!text.endsWith(":") || text.length() > LEAD_IN_MAX_LENGTH) {
                return false;
            }
            for (int i = index + 1; i < part.end(); i++) {
                Line next = lines.get(i);
                if (!next.blank) {
                    return next.isBullet();
                }
            }
            return false;
        }

        private void close() {
            if (current == null) {
                return;
            }
            if (current.words == 0) {
                current = null;
                return;
            }
            if (theme != null && kind != null) {
                theme.findings.add(new PlacedPiece(kind, current));
            } else {
                unplaced.add(current);
            }
            current = null;
        }

        List<DraftTheme> themes() {
            int[] next = {1};
            // The stand-in theme of a document without themes goes once the document has given real ones.
            boolean others = themes.stream().anyMatch(t -> !t.standIn);
            return themes.stream()
                    .filter(t -> !(t.standIn && t.findings.isEmpty() && others))
                    .map(t -> new DraftTheme(t.number, DocumentLayout.tidy(t.title.toString()), t.findings.stream()
                            .map(f -> new DraftFinding("f" + next[0]++, f.kind(), f.piece().text(), f.piece().source(),
                                    f.piece().proposal))
                            .toList()))
                    .toList();
        }

        List<UnplacedText> unplaced() {
            List<UnplacedText> result = new ArrayList<>();
            for (Piece piece : unplaced) {
                result.add(new UnplacedText("u" + (result.size() + 1), piece.text(), piece.source()));
            }
            return result;
        }
    }

    private static boolean isQuotation(String text) {
        if (text.isEmpty() || OPENING_QUOTES.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        String end = text.substring(Math.max(1, text.length() - QUOTATION_END_LENGTH));
        return QUOTATION_END.matcher(end).find();
    }

    static boolean isInstruction(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return INSTRUCTIONS.contains(DocumentLayout.lowerCase(text.substring(0, end)));
    }

    private static final class ThemeBuilder {
        final String number;
        final StringBuilder title;
        final List<PlacedPiece> findings = new ArrayList<>();
        boolean standIn;

        ThemeBuilder(String number, String title) {
            this.number = number;
            this.title = new StringBuilder(title);
        }
    }

    private record PlacedPiece(FindingKind kind, Piece piece) {
    }

    /** A run of lines that belong together: one finding, or one piece of unplaced text. */
    private static final class Piece {
        final int fromLine;
        final Integer page;
        int toLine;
        int words;
        final StringBuilder text = new StringBuilder();
        DraftFinding.Proposal proposal;
        boolean heading;

        Piece(Line line, String text) {
            this.fromLine = line.number;
            this.toLine = line.number;
            this.page = line.page;
            append(text);
        }

        void add(Line line, String more) {
            if (!more.isEmpty() && text.length() > 0) {
                text.append(' ');
            }
            append(more);
            toLine = line.number;
        }

        void addLine(Line line, String more) {
            text.append('\n');
            append(more);
            toLine = line.number;
        }

        void addSubBullet(Line line, String more) {
            text.append("\n- ");
            append(more);
            toLine = line.number;
        }

        private void append(String more) {
            text.append(more);
            words += DocumentLayout.wordCount(more);
        }

        /** Whether the text so far ends a sentence (or a quotation or bracket). */
        boolean isFinished() {
            return text.length() > 0 && TERMINAL.indexOf(text.charAt(text.length() - 1)) >= 0;
        }

        boolean endsWith(String suffix) {
            return text.length() >= suffix.length()
                    && text.substring(text.length() - suffix.length()).equals(suffix);
        }

        String text() {
            return text.toString().strip();
        }

        SourceLocation source() {
            return new SourceLocation(fromLine, toLine, page);
        }
    }
}
