package io.followthrough.review.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the positioned lines of a PDF into document lines, reading from the layout what the text layer leaves out:
 *
 * <ul>
 *     <li>running headers and footers: text repeated at the same height on most pages, wherever it sits, and bare
 *     page numbers at the top or foot of a page;</li>
 *     <li>list items: a line that starts with a bullet glyph (•, –, or a Symbol or Wingdings glyph such as U+F0B7)
 *     or a number followed by a hanging indent, and, where bullets are drawn as graphics and give no text at all,
 *     an indented line that starts after a vertical gap, after a line at another indent, or after a line that
 *     ended short of the margin. A list item indented further than the one before it is a sub-item;</li>
 *     <li>paragraphs: a vertical gap larger than the line spacing, or a line that ended although the next word
 *     would have fitted on it, the way text is wrapped, on the same page or across a page break;</li>
 *     <li>headings: short paragraphs larger than the body text, or bold throughout, levelled by size.</li>
 * </ul>
 *
 * A bullet is written out as "•", a sub-item's indented by two spaces, as {@link DocumentLayout} reads them.
 */
final class PdfLayout {

    /** A word with where it starts and ends, where each of its glyphs starts, and the font of its first glyph. */
    record Word(String text, float x, float end, float[] glyphStarts, String font) {
    }

    /** A small shape or picture drawn on a page, from the top left of the page. */
    record Mark(int page, float left, float right, float top, float bottom) {

        boolean isRule() {
            return right - left <= RULE_WIDTH && bottom - top >= MIN_RULE_LENGTH;
        }

        boolean isHorizontalRule() {
            return bottom - top <= RULE_WIDTH && right - left >= MIN_RULE_LENGTH;
        }
    }

    /** One line of a page, as PDFBox sorted it: its baseline from the top, font size, and words. */
    record TextLine(int page, float y, float size, boolean bold, List<Word> words) {

        float x() {
            return words.get(0).x();
        }

        float end() {
            return words.get(words.size() - 1).end();
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (Word word : words) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(word.text());
            }
            return text.toString();
        }
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ENUMERATION = Pattern.compile(
            "\\(?(?:\\d{1,2}(?:\\.\\d{1,2})*|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\\d{1,2}\\.\\d{1,2}|\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\)");
    /** Characters that are only ever bullets when they start a line. */
    private static final String BULLETS = "•▪●◦‣■□➢➤►∙○◆◇❖✓✔➔→⁃";
    /** Characters that start a list item when they stand alone at the start of a line. */
    private static final String DASHES = "-–—*+·";
    /** Letters that Symbol and Wingdings bullets come out as when the font does not say what its glyphs mean. */
    private static final String SYMBOL_FONT_LETTERS = "ou§Øüvqnlw";

    /** Headers and footers sit in this share of the page at its top and at its foot. */
    private static final float MARGIN_SHARE = 0.15f;
    /** Text repeated at the same height on this share of pages is running text, wherever it sits. */
    private static final double RUNNING_SHARE = 0.5;
    private static final double RUNNING_SHARE_ANYWHERE = 0.8;
    private static final float SAME_HEIGHT = 4f;
    /** Lines within this many points of each other start at the same indent. */
    private static final float SAME_INDENT = 3f;
    /** A line this far to the right of the body text is indented. */
    private static final float INDENTED = 8f;
    /** A gap after a bullet glyph this wide, as a share of the font size, is a hanging indent, not a space. */
    private static final float HANGING_GAP = 0.45f;
    private static final float PARAGRAPH_GAP = 1.3f;
    private static final float HEADING_SIZE = 1.08f;
    private static final int HEADING_MAX_LINES = 4;
    private static final int HEADING_MAX_WORDS = 40;
    /** The width of a space, as a share of the font size, in the usual text fonts. */
    private static final float SPACE = 0.28f;
    private static final float SLACK = 2f;
    private static final int BODY_LINES = 3;
    private static final int MAX_HEADING_LEVEL = 6;
    private static final float RULE_WIDTH = 2.5f;
    private static final float MIN_RULE_LENGTH = 9f;
    /** A gap between words this many times the font size separates columns. */
    private static final float COLUMN_GAP = 1.5f;
    /** A drawn bullet sits no further to the left of its text than this many times the font size. */
    private static final float DRAWN_BULLET_REACH = 3f;

    private final List<TextLine> lines;
    private final float bodySize;
    private final float bodyLeft;
    private final float rightEdge;
    private final float lineSpacing;
    private final Marker[] markers;
    /** Lines in the cells of a table, or set in columns. */
    private final boolean[] inTable;
    private final Map<Integer, List<Mark>> marks = new HashMap<>();
    private final Map<Integer, Integer> lineStarts = new HashMap<>();
    /** The sizes of text larger than the body's, which headings are set in. */
    private final TreeSet<Float> headingSizes = new TreeSet<>();

    private PdfLayout(List<TextLine> lines, List<Mark> drawn) {
        this.lines = lines;
        Map<Integer, List<Mark>> marks = this.marks;
        drawn.forEach(mark -> marks.computeIfAbsent(mark.page(), p -> new ArrayList<>()).add(mark));
        this.inTable = new boolean[lines.size()];
        List<TextLine> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            inTable[i] = isColumnar(lines.get(i)) || isInTable(lines.get(i), marks);
            if (!inTable[i]) {
                text.add(lines.get(i));
            }
        }
        // Tables are often set smaller than the text; the body's size is that of the text outside them.
        this.bodySize = bodySize(text.isEmpty() ? lines : text);
        this.markers = lines.stream()
                .map(line -> isColumnar(line) || isInTable(line, marks) ? none(line) : hasDrawnBullet(line, marks)
                        ? new Marker(Marker.Kind.BULLET, line.x(), line.text())
                        : marker(line))
                .toArray(Marker[]::new);
        this.bodyLeft = bodyLeft();
        this.rightEdge = rightEdge();
        this.lineSpacing = lineSpacing();
        for (TextLine line : lines) {
            lineStarts.merge(Math.round(line.x()), 1, Integer::sum);
            if (line.size() > bodySize * HEADING_SIZE) {
                headingSizes.add(line.size());
            }
        }
    }

    static List<DocumentLine> lines(List<TextLine> lines, Map<Integer, Float> pageHeights, List<Mark> marks) {
        List<TextLine> kept = withoutRunningText(lines, pageHeights);
        if (kept.isEmpty()) {
            return List.of();
        }
        return new PdfLayout(kept, marks).layOut();
    }

    /**
     * A line with wide gaps between its words is the cells of a table row side by side, or text set in columns:
     * never a list item or a heading, whatever its borders draw beside it.
     */
    static boolean isColumnar(TextLine line) {
        int gaps = 0;
        for (int i = 1; i < line.words().size(); i++) {
            if (line.words().get(i).x() - line.words().get(i - 1).end() > COLUMN_GAP * line.size()) {
                gaps++;
            }
        }
        return gaps >= 1;
    }

    /** Whether a table's border runs up beside the line, to its left and to its right. */
    private static boolean isInTable(TextLine line, Map<Integer, List<Mark>> marks) {
        boolean left = false;
        boolean right = false;
        for (Mark mark : marks.getOrDefault(line.page(), List.of())) {
            if (mark.isRule() && mark.top() <= line.y() && mark.bottom() >= line.y() - line.size() / 2) {
                left |= mark.right() <= line.x() + 1;
                right |= mark.left() >= line.end() - 1;
            }
        }
        return left && right;
    }

    /** A drawn bullet: a small mark just to the left of where the line starts, at the height of its text. */
    private static boolean hasDrawnBullet(TextLine line, Map<Integer, List<Mark>> marks) {
        for (Mark mark : marks.getOrDefault(line.page(), List.of())) {
            if (mark.isRule()) {
                continue;
            }
            float middle = (mark.top() + mark.bottom()) / 2;
            if (mark.right() <= line.x() && line.x() - mark.right() <= DRAWN_BULLET_REACH * line.size()
                    && middle <= line.y() && middle >= line.y() - line.size()) {
                return true;
            }
        }
        return false;
    }

    /** How a line starts: with a bullet glyph, a number, or neither; and where its text starts. */
    private record Marker(Kind kind, float textX, String text) {
        enum Kind { NONE, BULLET, NUMBER }
    }

    private static Marker marker(TextLine line) {
        Word first = line.words().get(0);
        String word = first.text();
        float gap = line.words().size() > 1 ? line.words().get(1).x() - first.end() : 0;
        boolean hanging = gap > HANGING_GAP * line.size();
        int c = word.codePointAt(0);
        if (isBulletGlyph(c) && (word.length() == Character.charCount(c) || first.glyphStarts().length > 1)) {
            String rest = word.substring(Character.charCount(c)).strip();
            List<Word> after = line.words().subList(1, line.words().size());
            String text = (rest + " " + new TextLine(line.page(), line.y(), line.size(), line.bold(), after)
                    .text()).strip();
            float textX = !rest.isEmpty() ? first.glyphStarts()[Math.min(1, first.glyphStarts().length - 1)]
                    : after.isEmpty() ? first.end() : after.get(0).x();
            return text.isEmpty() ? none(line) : new Marker(Marker.Kind.BULLET, textX, text);
        }
        if (line.words().size() > 1 && word.length() == 1 && hanging && (DASHES.indexOf(c) >= 0
                || SYMBOL_FONT_LETTERS.indexOf(c) >= 0 || isSymbolFont(first.font()))) {
            return new Marker(Marker.Kind.BULLET, line.words().get(1).x(), textAfterFirst(line));
        }
        if (line.words().size() > 1 && hanging && ENUMERATION.matcher(word).matches()) {
            return new Marker(Marker.Kind.NUMBER, line.words().get(1).x(), line.text());
        }
        return none(line);
    }

    private static Marker none(TextLine line) {
        return new Marker(Marker.Kind.NONE, line.x(), line.text());
    }

    private static String textAfterFirst(TextLine line) {
        return new TextLine(line.page(), line.y(), line.size(), line.bold(),
                line.words().subList(1, line.words().size())).text();
    }

    private static boolean isBulletGlyph(int c) {
        // Symbol and Wingdings glyphs come out in the private use area (U+F0B7 is Symbol's bullet).
        // A glyph whose font gives it no meaning comes out as a control character.
        return BULLETS.indexOf(c) >= 0 || (c >= 0xF000 && c <= 0xF0FF)
                || Character.getType(c) == Character.PRIVATE_USE || c == 0xFFFD || Character.isISOControl(c);
    }

    private static boolean isSymbolFont(String font) {
        String name = font.toLowerCase(Locale.ROOT);
        return name.contains("symbol") || name.contains("wingding") || name.contains("webding");
    }

    private List<DocumentLine> layOut() {
        Map<Integer, Boolean> bulletIndents = bulletIndents();
        List<DocumentLine> result = new ArrayList<>(lines.size());
        Float listBase = null;
        Float itemTextX = null;
        int i = 0;
        while (i < lines.size()) {
            TextLine line = lines.get(i);
            Marker marker = markers[i];
            if (inTable[i]) {
                int end = i;
                while (end < lines.size() && inTable[end] && lines.get(end).page() == line.page()) {
                    end++;
                }
                List<DocumentLine> rows = tableRows(i, end);
                if (!rows.isEmpty()) {
                    result.addAll(rows);
                    listBase = null;
                    itemTextX = null;
                    i = end;
                    continue;
                }
            }
            boolean startsParagraph = i == 0 || startsParagraph(i - 1, i);
            if (!startsParagraph && itemTextX != null && marker.kind() == Marker.Kind.NONE
                    && line.x() < itemTextX - INDENTED) {
                // A list item's lines never run to the left of its text: this line follows the list.
                startsParagraph = true;
            }
            int headingEnd = startsParagraph && marker.kind() != Marker.Kind.BULLET ? headingEnd(i) : i;
            if (headingEnd > i) {
                StringBuilder heading = new StringBuilder(line.text());
                for (int j = i + 1; j < headingEnd; j++) {
                    heading.append(' ').append(lines.get(j).text());
                }
                result.add(new DocumentLine(heading.toString(), line.page(), headingLevel(line), true));
                listBase = null;
                itemTextX = null;
                i = headingEnd;
                continue;
            }
            boolean item = marker.kind() != Marker.Kind.NONE
                    || isGraphicBulletItem(i, startsParagraph, bulletIndents);
            String text;
            if (item) {
                float x = marker.textX();
                if (listBase == null || x < listBase - SAME_INDENT) {
                    listBase = x;
                }
                String indent = x > listBase + SAME_INDENT ? "  " : "";
                text = indent + (marker.kind() == Marker.Kind.NUMBER ? marker.text() : "• " + marker.text());
                startsParagraph = true;
                itemTextX = x;
            } else {
                text = line.text();
                if (startsParagraph && line.x() < bodyLeft + INDENTED) {
                    listBase = null;
                    itemTextX = null;
                }
            }
            result.add(new DocumentLine(text, line.page(), 0, startsParagraph));
            i++;
        }
        return result;
    }

    /**
     * The rows of a ruled table, from the lines [start, end) of one page: its borders give the columns and rows,
     * and each cell's words are read in order. Empty when the borders do not make a grid of at least two columns.
     */
    private List<DocumentLine> tableRows(int start, int end) {
        int page = lines.get(start).page();
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (int i = start; i < end; i++) {
            top = Math.min(top, lines.get(i).y() - lines.get(i).size());
            bottom = Math.max(bottom, lines.get(i).y());
        }
        List<Float> columns = new ArrayList<>();
        List<Float> rows = new ArrayList<>();
        for (Mark mark : marks.getOrDefault(page, List.of())) {
            if (mark.isRule() && mark.bottom() >= top && mark.top() <= bottom) {
                addDistinct(columns, (mark.left() + mark.right()) / 2);
            } else if (mark.isHorizontalRule() && mark.top() >= top - 2 * bodySize
                    && mark.top() <= bottom + 2 * bodySize) {
                addDistinct(rows, (mark.top() + mark.bottom()) / 2);
            }
        }
        if (columns.size() < 3 || rows.size() < 2) {
            return List.of();
        }
        columns.sort(null);
        rows.sort(null);
        List<DocumentLine> result = new ArrayList<>();
        for (int r = 0; r + 1 < rows.size(); r++) {
            List<StringBuilder> cells = new ArrayList<>();
            for (int c = 0; c + 1 < columns.size(); c++) {
                cells.add(new StringBuilder());
            }
            boolean any = false;
            for (int i = start; i < end; i++) {
                TextLine line = lines.get(i);
                if (line.y() < rows.get(r) || line.y() > rows.get(r + 1)) {
                    continue;
                }
                for (Word word : line.words()) {
                    float middle = (word.x() + word.end()) / 2;
                    for (int c = 0; c + 1 < columns.size(); c++) {
                        if (middle >= columns.get(c) && middle < columns.get(c + 1)) {
                            StringBuilder cell = cells.get(c);
                            cell.append(cell.isEmpty() ? "" : " ").append(word.text());
                            any = true;
                        }
                    }
                }
            }
            if (any) {
                DocumentLine row = DocumentLine.row(cells.stream().map(StringBuilder::toString).toList());
                result.add(new DocumentLine(row.text(), page, 0, true, row.cells()));
            }
        }
        return result;
    }

    private static void addDistinct(List<Float> positions, float position) {
        for (Float known : positions) {
            if (Math.abs(known - position) <= SAME_INDENT) {
                return;
            }
        }
        positions.add(position);
    }

    /**
     * For each indent that list items start at, whether its items show a bullet glyph or number: where they do, a
     * line at that indent without one continues the item above it.
     */
    private Map<Integer, Boolean> bulletIndents() {
        Map<Integer, Boolean> indents = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (markers[i].kind() != Marker.Kind.NONE) {
                indents.put(indentKey(markers[i].textX()), true);
            }
        }
        return indents;
    }

    private static int indentKey(float x) {
        return Math.round(x / (2 * SAME_INDENT));
    }

    private boolean hasMarkedItemsAt(Map<Integer, Boolean> indents, float x) {
        int key = indentKey(x);
        return indents.containsKey(key) || indents.containsKey(key - 1) || indents.containsKey(key + 1);
    }

    /** An indented line that starts a list item whose bullet is a graphic, or a glyph with no text. */
    private boolean isGraphicBulletItem(int i, boolean startsParagraph, Map<Integer, Boolean> bulletIndents) {
        TextLine line = lines.get(i);
        if (line.x() < bodyLeft + INDENTED || inTable[i] || hasMarkedItemsAt(bulletIndents, line.x())
                || Math.abs(line.size() - bodySize) > 0.6f || !sharesIndent(i)) {
            return false;
        }
        if (i > 0) {
            TextLine previous = lines.get(i - 1);
            boolean sameIndent = Math.abs(previous.x() - line.x()) <= SAME_INDENT
                    || Math.abs(markers[i - 1].textX() - line.x()) <= SAME_INDENT;
            if (sameIndent && !startsParagraph) {
                return false;
            }
        }
        // A paragraph whose first line alone is indented is not a list item.
        if (i + 1 < lines.size() && !startsParagraph(i, i + 1)) {
            TextLine next = lines.get(i + 1);
            return next.x() >= line.x() - SAME_INDENT;
        }
        return true;
    }

    /** Whether another line of the document starts at the same indent: a centred or right-aligned line does not. */
    private boolean sharesIndent(int i) {
        int x = Math.round(lines.get(i).x());
        int count = 0;
        for (int near = x - 1; near <= x + 1; near++) {
            count += lineStarts.getOrDefault(near, 0);
        }
        return count > 1;
    }

    /** Whether line {@code i} starts a paragraph after line {@code previous}. */
    private boolean startsParagraph(int previous, int i) {
        TextLine before = lines.get(previous);
        TextLine line = lines.get(i);
        if (before.page() == line.page()) {
            float delta = line.y() - before.y();
            float expected = lineSpacing * Math.max(line.size(), before.size()) / bodySize;
            if (delta > expected * PARAGRAPH_GAP || delta < -SAME_HEIGHT) {
                return true;
            }
        }
        if (Math.abs(before.size() - line.size()) > 0.6f || before.bold() != line.bold()) {
            return true;
        }
        float start = markers[i].textX();
        float beforeStart = markers[previous].textX();
        if (markers[i].kind() == Marker.Kind.NONE && start > beforeStart + INDENTED) {
            return true;
        }
        return endsShort(before, line);
    }

    /** Whether the line ended although the first word of the next would have fitted after it. */
    private boolean endsShort(TextLine line, TextLine next) {
        Word first = next.words().get(0);
        float nextWordWidth = first.end() - first.x();
        return line.end() + SPACE * line.size() + nextWordWidth < rightEdge - SLACK;
    }

    /** The line after a heading that starts at {@code i}, or {@code i} when no heading starts there. */
    private int headingEnd(int i) {
        TextLine first = lines.get(i);
        if (!(first.size() > bodySize * HEADING_SIZE || first.bold()) || inTable[i]) {
            return i;
        }
        int end = i + 1;
        int words = first.words().size();
        while (end < lines.size() && continuesHeading(end - 1, end)) {
            words += lines.get(end).words().size();
            end++;
        }
        if (end - i > HEADING_MAX_LINES || words > HEADING_MAX_WORDS) {
            return i;
        }
        return end;
    }

    /** A heading wraps on to lines of the same size and weight, with no more than the usual gap between them. */
    private boolean continuesHeading(int previous, int i) {
        TextLine before = lines.get(previous);
        TextLine line = lines.get(i);
        float expected = lineSpacing * Math.max(line.size(), before.size()) / bodySize;
        return before.page() == line.page() && Math.abs(before.size() - line.size()) <= 0.6f
                && before.bold() == line.bold() && line.y() - before.y() <= expected * PARAGRAPH_GAP
                && markers[i].kind() != Marker.Kind.BULLET && !endsShort(before, line);
    }

    /** 1 for the largest text, then down by size; bold text of the body's size is the lowest heading. */
    private int headingLevel(TextLine line) {
        if (line.size() > bodySize * HEADING_SIZE) {
            return Math.min(headingSizes.tailSet(line.size(), false).size() + 1, MAX_HEADING_LEVEL);
        }
        return Math.min(headingSizes.size() + 1, MAX_HEADING_LEVEL);
    }

    private static float bodySize(List<TextLine> lines) {
        Map<Float, Integer> counts = new HashMap<>();
        for (TextLine line : lines) {
            counts.merge(line.size(), line.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(11f);
    }

    /**
     * Where paragraphs of body text start: the leftmost place at which several lines of body text start. (Most
     * lines may be list items, further right.)
     */
    private float bodyLeft() {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (TextLine line : lines) {
            if (Math.abs(line.size() - bodySize) <= 0.6f) {
                counts.merge(Math.round(line.x()), 1, Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            int near = count.getValue() + counts.getOrDefault(count.getKey() + 1, 0);
            if (near >= BODY_LINES) {
                return count.getKey();
            }
        }
        return counts.isEmpty() ? (float) lines.stream().mapToDouble(TextLine::x).min().orElse(0) : counts.firstKey();
    }

    /** Where full lines of body text end: the right margin, set aside the odd line that runs past it. */
    private float rightEdge() {
        double[] ends = lines.stream().filter(l -> Math.abs(l.size() - bodySize) <= 0.6f)
                .mapToDouble(TextLine::end).sorted().toArray();
        if (ends.length == 0) {
            return (float) lines.stream().mapToDouble(TextLine::end).max().orElse(0);
        }
        double usual = ends[Math.max(0, ends.length - 1 - ends.length / 20)];
        double edge = usual;
        for (double end : ends) {
            if (end <= usual + 2 * bodySize) {
                edge = Math.max(edge, end);
            }
        }
        return (float) edge;
    }

    /** The usual distance between the baselines of two lines of body text in one paragraph. */
    private float lineSpacing() {
        List<Float> deltas = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine before = lines.get(i - 1);
            TextLine line = lines.get(i);
            float delta = line.y() - before.y();
            if (before.page() == line.page() && delta > 0 && Math.abs(line.size() - bodySize) <= 0.6f
                    && Math.abs(before.size() - bodySize) <= 0.6f) {
                deltas.add(delta);
            }
        }
        if (deltas.isEmpty()) {
            return bodySize * 1.2f;
        }
        float[] sorted = new float[deltas.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = deltas.get(i);
        }
        Arrays.sort(sorted);
        // The shortest common distance: most pairs of lines sit inside a paragraph.
        return sorted[sorted.length / 4];
    }

    private static List<TextLine> withoutRunningText(List<TextLine> lines, Map<Integer, Float> pageHeights) {
        Map<String, List<TextLine>> byText = new HashMap<>();
        for (TextLine line : lines) {
            byText.computeIfAbsent(key(line.text()), k -> new ArrayList<>()).add(line);
        }
        int pages = pageHeights.size();
        int needed = Math.max(2, (int) Math.ceil(pages * RUNNING_SHARE));
        int neededAnywhere = Math.max(3, (int) Math.ceil(pages * RUNNING_SHARE_ANYWHERE));
        List<TextLine> kept = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            float height = pageHeights.getOrDefault(line.page(), 842f);
            boolean inMargin = line.y() < height * MARGIN_SHARE || line.y() > height * (1 - MARGIN_SHARE);
            String text = line.text().strip();
            long repeats = byText.get(key(text)).stream()
                    .filter(other -> Math.abs(other.y() - line.y()) <= SAME_HEIGHT)
                    .mapToInt(TextLine::page).distinct().count();
            boolean running = repeats >= (inMargin ? needed : neededAnywhere)
                    || (inMargin && PAGE_NUMBER.matcher(text).matches() && isOutermost(line, lines));
            if (!running) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** Whether no other line of the page is nearer the page's edge, so a bare number there is a page number. */
    private static boolean isOutermost(TextLine line, List<TextLine> lines) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextLine other : lines) {
            if (other.page() == line.page()) {
                top = Math.min(top, other.y());
                bottom = Math.max(bottom, other.y());
            }
        }
        return Math.abs(line.y() - top) <= SAME_HEIGHT || Math.abs(line.y() - bottom) <= SAME_HEIGHT;
    }

    /** Running headers and footers differ from page to page only in their numbers. */
    private static String key(String text) {
        return DIGITS.matcher(DocumentLayout.tidy(text)).replaceAll("#").toLowerCase(Locale.UK);
    }
}
