package io.followthrough.review.importing;

import io.followthrough.review.importing.SeedLetter.Block;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDFs laid out the way a letter is printed from Word: A4, wrapped lines, bullets with a hanging indent,
 * paragraphs that run across page breaks, a running header and "Page n of m" in the footer.
 */
final class PdfDocuments {

    static final String RUNNING_HEADER = "NAVSH Peer Challenge: Nottinghamshire";

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 72;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 72;
    private static final float TOP = PDRectangle.A4.getHeight() - 72;
    private static final float BOTTOM = 72;
    private static final float SIZE = 11;
    private static final float LINE_HEIGHT = 14;
    private static final float PARAGRAPH_GAP = 12;
    private static final float BULLET_INDENT = 24;
    private static final float HANGING_INDENT = 14;

    private record Text(float x, float y, PDType1Font font, float size, String text) {
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private Footer footer = (page, of) -> "Page " + page + " of " + of;
    /** The marker written for every list item, or null for the letter's own ("-" or "•"). */
    private String marker;
    private float y;

    /** What the footer of a page says, from its number and the number of pages. */
    private interface Footer {
        String text(int page, int pages);
    }

    private PdfDocuments() {
        newPage();
    }

    static byte[] seedLetter() {
        PdfDocuments pdf = new PdfDocuments();
        pdf.write(SeedLetter.blocks());
        return pdf.bytes(null);
    }

    /** The seed letter again and again, each copy from a new page, to exactly this many pages. */
    static byte[] seedLetterRepeated(int pageCount) {
        PdfDocuments pdf = new PdfDocuments();
        while (pdf.pages.size() < pageCount) {
            if (!pdf.pages.get(pdf.pages.size() - 1).isEmpty()) {
                pdf.newPage();
            }
            pdf.write(SeedLetter.blocks());
        }
        pdf.pages.subList(pageCount, pdf.pages.size()).clear();
        return pdf.bytes(null);
    }

    /** The seed letter with nothing in the footer but the page number, centred. */
    static byte[] seedLetterNumberedOnly() {
        PdfDocuments pdf = new PdfDocuments();
        pdf.footer = (page, of) -> Integer.toString(page);
        pdf.write(SeedLetter.blocks());
        return pdf.bytes(null);
    }

    /** The seed letter with every list item marked by an en dash, as some council templates do. */
    static byte[] seedLetterWithDashes() {
        PdfDocuments pdf = new PdfDocuments();
        pdf.marker = "–";
        pdf.write(SeedLetter.blocks());
        return pdf.bytes(null);
    }

    static byte[] seedLetterWithPassword(String password) {
        PdfDocuments pdf = new PdfDocuments();
        pdf.write(SeedLetter.blocks());
        return pdf.bytes(password);
    }

    private void write(List<Block> blocks) {
        for (Block block : blocks) {
            switch (block.style()) {
                case TITLE -> paragraph(block.text(), BOLD, 13, LEFT);
                case SECTION -> paragraph(block.text(), BOLD, 12, LEFT);
                case THEME, KIND -> paragraph(block.text(), BOLD, SIZE, LEFT);
                case PARAGRAPH -> paragraph(block.text(), REGULAR, SIZE, LEFT);
                case BULLET -> bullet(block);
            }
        }
    }

    private void paragraph(String text, PDType1Font font, float size, float x) {
        List<String> lines = wrap(text, font, size, RIGHT - x);
        gap();
        for (String line : lines) {
            nextLine();
            pages.get(pages.size() - 1).add(new Text(x, y, font, size, line));
        }
    }

    private void bullet(Block block) {
        float markerX = LEFT + block.level() * BULLET_INDENT;
        float textX = markerX + HANGING_INDENT;
        List<String> lines = wrap(block.text(), REGULAR, SIZE, RIGHT - textX);
        gap();
        for (int i = 0; i < lines.size(); i++) {
            nextLine();
            List<Text> page = pages.get(pages.size() - 1);
            if (i == 0) {
                page.add(new Text(markerX, y, REGULAR, SIZE, marker != null ? marker : block.marker()));
            }
            page.add(new Text(textX, y, REGULAR, SIZE, lines.get(i)));
        }
    }

    private void gap() {
        if (y < TOP) {
            y -= PARAGRAPH_GAP;
        }
    }

    private void nextLine() {
        if (y - LINE_HEIGHT < BOTTOM) {
            newPage();
        }
        y -= LINE_HEIGHT;
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = TOP;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(String password) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int number = 1; number <= pages.size(); number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    show(content, new Text(LEFT, PDRectangle.A4.getHeight() - 40, REGULAR, 9, RUNNING_HEADER));
                    for (Text text : pages.get(number - 1)) {
                        show(content, text);
                    }
                    show(content, new Text(PDRectangle.A4.getWidth() / 2 - 20, 40, REGULAR, 9,
                            footer.text(number, pages.size())));
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(PDPageContentStream content, Text text) throws IOException {
        content.beginText();
        content.setFont(text.font(), text.size());
        content.newLineAtOffset(text.x(), text.y());
        content.showText(text.text());
        content.endText();
    }
}
