package io.followthrough.review.importing;

import io.followthrough.review.importing.ImportRefusedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PDF documents with a text layer, read from the position of every glyph (PDFBox's {@link TextPosition}s) as well
 * as its text: the layout says what the text alone does not. See {@link PdfLayout} for how lines become headings,
 * paragraphs and list items.
 */
final class PdfDocumentReader {

    private PdfDocumentReader() {
    }

    static List<DocumentLine> read(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw noText();
            }
            LineCollector collector = new LineCollector();
            collector.writeText(document, Writer.nullWriter());
            List<PdfLayout.Mark> marks = new ArrayList<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("Reading stopped at page " + number);
                }
                new MarkCollector(page, number, marks).processPage(page);
            }
            List<DocumentLine> lines = PdfLayout.lines(collector.lines, collector.pageHeights, marks);
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

    /**
     * Collects the small shapes and pictures a page draws, which may be the bullets of a list: browsers and some
     * word processors draw a bullet rather than write it, so it has no text.
     */
    private static final class MarkCollector extends PDFGraphicsStreamEngine {
        private static final float MAX_SIZE = 9f;
        private static final float MIN_SIZE = 1f;
        private static final float RULE_WIDTH = 2.5f;
        private final int number;
        private final float top;
        private final float left;
        private final List<PdfLayout.Mark> marks;
        private float minX = Float.MAX_VALUE;
        private float minY = Float.MAX_VALUE;
        private float maxX = -Float.MAX_VALUE;
        private float maxY = -Float.MAX_VALUE;
        private Point2D current = new Point2D.Float();

        MarkCollector(PDPage page, int number, List<PdfLayout.Mark> marks) {
            super(page);
            this.number = number;
            PDRectangle box = page.getCropBox();
            this.top = box.getUpperRightY();
            this.left = box.getLowerLeftX();
            this.marks = marks;
        }

        private void include(Point2D point) {
            minX = Math.min(minX, (float) point.getX());
            maxX = Math.max(maxX, (float) point.getX());
            minY = Math.min(minY, (float) point.getY());
            maxY = Math.max(maxY, (float) point.getY());
        }

        private void mark() {
            float width = maxX - minX;
            float height = maxY - minY;
            boolean small = width >= MIN_SIZE && height >= MIN_SIZE && width <= MAX_SIZE && height <= MAX_SIZE
                    && width <= height * 2.5f && height <= width * 2.5f;
            // A thin line is a table's border: text between them is in a cell, not a list.
            boolean rule = (width <= RULE_WIDTH && height >= MAX_SIZE) || (height <= RULE_WIDTH && width >= MAX_SIZE);
            if (small || rule) {
                marks.add(new PdfLayout.Mark(number, minX - left, maxX - left, top - maxY, top - minY));
            }
            minX = Float.MAX_VALUE;
            minY = Float.MAX_VALUE;
            maxX = -Float.MAX_VALUE;
            maxY = -Float.MAX_VALUE;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            include(p0);
            include(p1);
            include(p2);
            include(p3);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            include(ctm.transformPoint(0, 0));
            include(ctm.transformPoint(1, 1));
            mark();
        }

        @Override
        public void clip(int windingRule) {
            // A clipping path draws nothing.
            endPath();
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            include(current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            include(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            include(new Point2D.Float(x1, y1));
            include(new Point2D.Float(x2, y2));
            current = new Point2D.Float(x3, y3);
            include(current);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            // The bounds are already known.
        }

        @Override
        public void endPath() {
            minX = Float.MAX_VALUE;
            minY = Float.MAX_VALUE;
            maxX = -Float.MAX_VALUE;
            maxY = -Float.MAX_VALUE;
        }

        @Override
        public void strokePath() {
            mark();
        }

        @Override
        public void fillPath(int windingRule) {
            mark();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            mark();
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // Shadings fill areas, never a bullet.
        }

        @Override
        public void showTextString(byte[] string) {
            // Text is read by the line collector.
        }

        @Override
        public void showTextStrings(COSArray array) {
            // Text is read by the line collector.
        }
    }

    /** Collects each line's words with where they sit, the size of the text and whether it is bold. */
    private static final class LineCollector extends PDFTextStripper {
        final List<PdfLayout.TextLine> lines = new ArrayList<>();
        final Map<Integer, Float> pageHeights = new HashMap<>();
        private final List<PdfLayout.Word> words = new ArrayList<>();
        private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
        private float y;
        private float size;
        private int glyphCount;
        private int boldGlyphs;

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
            pageHeights.put(getCurrentPageNo(), page.getCropBox().getHeight());
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            // PDFBox hands over runs of text that may hold spaces of their own; split them into words here.
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition glyph : positions) {
                String unicode = glyph.getUnicode();
                if (unicode == null || unicode.isBlank()) {
                    addWord(word);
                    word.clear();
                } else {
                    word.add(glyph);
                }
            }
            addWord(word);
        }

        private void addWord(List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) {
                return;
            }
            TextPosition first = glyphs.get(0);
            TextPosition last = glyphs.get(glyphs.size() - 1);
            if (words.isEmpty()) {
                y = first.getYDirAdj();
            }
            float[] starts = new float[glyphs.size()];
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < glyphs.size(); i++) {
                TextPosition glyph = glyphs.get(i);
                starts[i] = glyph.getXDirAdj();
                text.append(glyph.getUnicode());
                size = Math.max(size, glyph.getFontSizeInPt());
                glyphCount++;
                if (isBold(glyph.getFont())) {
                    boldGlyphs++;
                }
            }
            words.add(new PdfLayout.Word(withoutLigatures(text.toString()), first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(), starts,
                    first.getFont() == null ? "" : String.valueOf(first.getFont().getName())));
        }

        /** "ﬁ" and its kind, which fonts shape from "fi", as the letters they stand for. */
        private static String withoutLigatures(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '\uFB00' && c <= '\uFB06') {
                    return Normalizer.normalize(text, Normalizer.Form.NFKC);
                }
            }
            return text;
        }

        private boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            return boldFonts.computeIfAbsent(font, f -> {
                String name = String.valueOf(f.getName()).toLowerCase(java.util.Locale.ROOT);
                PDFontDescriptor descriptor = f.getFontDescriptor();
                return name.contains("bold") || name.contains("black") || name.contains("heavy")
                        || (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
            });
        }

        @Override
        protected void writeWordSeparator() {
            // Words are kept apart with their positions.
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writeParagraphStart() {
            flush();
        }

        @Override
        protected void writeParagraphEnd() {
            flush();
        }

        private void flush() {
            if (!words.isEmpty()) {
                boolean bold = glyphCount > 0 && boldGlyphs * 10 >= glyphCount * 9;
                lines.add(new PdfLayout.TextLine(getCurrentPageNo(), y, Math.round(size * 2) / 2f, bold,
                        List.copyOf(words)));
                words.clear();
            }
            size = 0;
            glyphCount = 0;
            boldGlyphs = 0;
        }
    }
}
