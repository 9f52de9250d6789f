package io.followthrough.review.importing;

import io.followthrough.review.importing.ImportRefusedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PDF documents with a text layer: lines in reading order with their page, paragraph starts where the layout
 * shows them, and bullets indented deeper than the document's usual bullets marked as sub-bullets. Running
 * headers, footers and page numbers are dropped.
 */
final class PdfDocumentReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");
    private static final Pattern BULLET_START = Pattern.compile("^(?:--|[-–—*+•▪●◦‣■□➢➤►·])");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Lines this far from the top or bottom of a page's text may be running headers or footers. */
    private static final int MARGIN_LINES = 2;
    /** A line repeated in a page's margin on at least this share of pages is a running header or footer. */
    private static final double RUNNING_SHARE = 0.5;
    /** A bullet this many points to the right of the document's usual bullets is a sub-bullet. */
    private static final float SUB_BULLET_INDENT = 6f;
    /**
     * The text layer says nothing about paragraphs across a page break: a page that ends with a full line
     * (within this many points of the right margin) is taken to carry its paragraph on to the next page.
     */
    private static final float FULL_LINE_SLACK = 20f;

    private PdfDocumentReader() {
    }

    static List<DocumentLine> read(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw noText();
            }
            LineCollector collector = new LineCollector();
            collector.writeText(document, Writer.nullWriter());
            List<DocumentLine> lines = layOut(withoutRunningText(collector.lines));
            if (lines.stream().allMatch(l -> l.text().isBlank())) {
                throw noText();
            }
            return lines;
        } catch (InvalidPasswordException e) {
            throw new ImportRefusedException(Reason.PASSWORD_PROTECTED, "The PDF is protected by a password. "
                    + "Save a copy without the password (or upload the Word version) and try again.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException(Reason.UNREADABLE, "The PDF could not be read: it may be damaged or "
                    + "incomplete. Open it, save or print it to a new PDF, or upload the Word version instead.");
        }
    }

    private static ImportRefusedException noText() {
        return new ImportRefusedException(Reason.UNREADABLE, "The PDF has no text we can read; it may be a scanned "
                + "image. Upload the Word version, or a PDF saved from Word, instead.");
    }

    private record RawLine(int page, float x, float end, String text, boolean startsParagraph) {
    }

    private static List<RawLine> withoutRunningText(List<RawLine> lines) {
        Map<Integer, List<RawLine>> byPage = new HashMap<>();
        for (RawLine line : lines) {
            byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        Map<String, Integer> headerCounts = new HashMap<>();
        Map<String, Integer> footerCounts = new HashMap<>();
        for (List<RawLine> page : byPage.values()) {
            marginKeys(page, true).forEach(k -> headerCounts.merge(k, 1, Integer::sum));
            marginKeys(page, false).forEach(k -> footerCounts.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (int) Math.ceil(byPage.size() * RUNNING_SHARE));
        List<RawLine> kept = new ArrayList<>(lines.size());
        for (List<RawLine> page : byPage.keySet().stream().sorted().map(byPage::get).toList()) {
            int size = page.size();
            for (int i = 0; i < size; i++) {
                RawLine line = page.get(i);
                boolean top = i < MARGIN_LINES;
                boolean bottom = i >= size - MARGIN_LINES;
                String text = line.text().strip();
                boolean running = (top && headerCounts.getOrDefault(key(text), 0) >= needed)
                        || (bottom && footerCounts.getOrDefault(key(text), 0) >= needed)
                        || ((top || bottom) && PAGE_NUMBER.matcher(text).matches());
                if (!running) {
                    kept.add(line);
                }
            }
        }
        return kept;
    }

    private static List<String> marginKeys(List<RawLine> page, boolean top) {
        int size = page.size();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < Math.min(MARGIN_LINES, size); i++) {
            keys.add(key(page.get(top ? i : size - 1 - i).text().strip()));
        }
        return keys.stream().distinct().toList();
    }

    /** Running headers and footers differ from page to page only in their numbers. */
    private static String key(String text) {
        return DIGITS.matcher(DocumentLayout.tidy(text)).replaceAll("#").toLowerCase(Locale.UK);
    }

    private static List<DocumentLine> layOut(List<RawLine> lines) {
        float bulletMargin = usualBulletPosition(lines);
        float rightMargin = (float) lines.stream().mapToDouble(RawLine::end).max().orElse(0);
        List<DocumentLine> result = new ArrayList<>(lines.size());
        RawLine previous = null;
        for (RawLine line : lines) {
            String text = line.text().strip();
            boolean subBullet = BULLET_START.matcher(text).find() && line.x() > bulletMargin + SUB_BULLET_INDENT;
            boolean startsParagraph = previous == null || (line.page() == previous.page()
                    ? line.startsParagraph()
                    : previous.end() < rightMargin - FULL_LINE_SLACK);
            result.add(new DocumentLine((subBullet ? "  " : "") + text, line.page(), 0, startsParagraph));
            previous = line;
        }
        return result;
    }

    private static float usualBulletPosition(List<RawLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (RawLine line : lines) {
            if (BULLET_START.matcher(line.text().strip()).find()) {
                counts.merge(Math.round(line.x()), 1, Integer::sum);
            }
        }
        int usual = Integer.MAX_VALUE;
        int most = 0;
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            if (count.getValue() > most || (count.getValue() == most && count.getKey() < usual)) {
                usual = count.getKey();
                most = count.getValue();
            }
        }
        return most == 0 ? Float.MAX_VALUE : usual;
    }

    /** Collects each line of text with its page, where it starts, and whether it starts a paragraph. */
    private static final class LineCollector extends PDFTextStripper {
        final List<RawLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float x;
        private float end;
        private boolean paragraph = true;

        LineCollector() {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            // An import that ran out of time is interrupted; stop at the next page rather than read them all.
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Reading stopped at page " + getCurrentPageNo());
            }
            flush();
            paragraph = true;
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            if (!positions.isEmpty()) {
                if (text.length() == 0) {
                    x = positions.get(0).getXDirAdj();
                }
                TextPosition last = positions.get(positions.size() - 1);
                end = last.getXDirAdj() + last.getWidthDirAdj();
            }
            text.append(string);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writeParagraphStart() {
            flush();
            paragraph = true;
        }

        @Override
        protected void writeParagraphEnd() {
            flush();
        }

        private void flush() {
            if (text.length() > 0) {
                lines.add(new RawLine(getCurrentPageNo(), x, end, text.toString(), paragraph));
                text.setLength(0);
                paragraph = false;
            }
        }
    }
}
