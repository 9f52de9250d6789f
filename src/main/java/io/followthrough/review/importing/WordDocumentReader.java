package io.followthrough.review.importing;

import io.followthrough.review.importing.ImportRefusedException.Reason;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Word documents (.docx): one line per paragraph, in the body's order (tables cell by cell). Heading styles give
 * each line its heading level, and list numbering is written out as Word shows it: "•" for a bullet, "3.2" for a
 * numbered heading, indented by list level.
 */
final class WordDocumentReader {

    /** More than this much unpacked from one document is a zip bomb, whatever the ratio. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** Text compresses about ten times; a hundred times is a zip bomb once past a small allowance. */
    static final int MAX_PACKING_RATIO = 100;
    static final long RATIO_ALLOWANCE_BYTES = 1024L * 1024;

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*(\\d)");
    private static final Pattern TITLE_STYLE = Pattern.compile("(?i)title");
    private static final Pattern LEVEL_PLACEHOLDER = Pattern.compile("%(\\d)");
    private static final int MAX_LIST_LEVELS = 9;

    private final XWPFDocument document;
    private final Map<BigInteger, int[]> listCounters = new HashMap<>();
    private final List<DocumentLine> lines = new ArrayList<>();

    private WordDocumentReader(XWPFDocument document) {
        this.document = document;
    }

    static List<DocumentLine> read(byte[] content) {
        checkNotZipBomb(content);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            WordDocumentReader reader = new WordDocumentReader(document);
            reader.readBody(document.getBodyElements());
            return reader.lines;
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw zipBomb();
            }
            throw new ImportRefusedException(Reason.UNREADABLE, "The Word document could not be read: it may be "
                    + "damaged. Open it in Word, save it again as .docx (or as PDF) and upload that.");
        }
    }

    private static void checkNotZipBomb(byte[] content) {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            boolean anyEntry = false;
            while (zip.getNextEntry() != null) {
                anyEntry = true;
                unpacked += drain(zip, buffer, content.length, unpacked);
            }
            if (!anyEntry) {
                throw new ZipException("No entries");
            }
        } catch (IOException e) {
            throw new ImportRefusedException(Reason.UNREADABLE, "The Word document could not be opened: it may be "
                    + "damaged or incomplete. Open it in Word, save it again as .docx (or as PDF) and upload that.");
        }
    }

    private static long drain(InputStream entry, byte[] buffer, long packedSize, long unpackedSoFar)
            throws IOException {
        long unpacked = 0;
        int read;
        while ((read = entry.read(buffer)) > 0) {
            unpacked += read;
            long total = unpackedSoFar + unpacked;
            if (total > MAX_UNPACKED_BYTES
                    || (total > RATIO_ALLOWANCE_BYTES && total > packedSize * MAX_PACKING_RATIO)) {
                throw zipBomb();
            }
        }
        return unpacked;
    }

    private static ImportRefusedException zipBomb() {
        return new ImportRefusedException(Reason.UNREADABLE, "The Word document unpacks to far more than a review "
                + "letter would, so it was not opened. Save the review again from Word as .docx or PDF and upload that.");
    }

    private void readBody(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                readParagraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        readBody(cell.getBodyElements());
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                addLines(control.getContent().getText(), 0, "");
            }
        }
    }

    private void readParagraph(XWPFParagraph paragraph) {
        int headingLevel = headingLevel(paragraph);
        String label = listLabel(paragraph);
        String text = paragraph.getText();
        if (label == null) {
            addLines(text, headingLevel, "");
        } else if (headingLevel > 0) {
            addLines(label + " " + text, headingLevel, "");
        } else {
            addLines(text, 0, "  ".repeat(listLevel(paragraph)) + label + " ");
        }
    }

    private void addLines(String text, int headingLevel, String prefix) {
        String[] parts = text.replace('\t', ' ').split("\r\n|\r|\n", -1);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new DocumentLine((i == 0 ? prefix : "") + parts[i], null, headingLevel, i == 0));
        }
    }

    private int headingLevel(XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return 0;
        }
        String name = styleId;
        if (document.getStyles() != null) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
        }
        Matcher heading = HEADING_STYLE.matcher(name);
        if (heading.matches() || (heading = HEADING_STYLE.matcher(styleId)).matches()) {
            return Integer.parseInt(heading.group(1));
        }
        return TITLE_STYLE.matcher(name).matches() ? 1 : 0;
    }

    private static int listLevel(XWPFParagraph paragraph) {
        BigInteger level = paragraph.getNumIlvl();
        return level == null ? 0 : Math.min(level.intValue(), MAX_LIST_LEVELS - 1);
    }

    /** The bullet or number Word shows before the paragraph, or null when it is not in a list. */
    private String listLabel(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null || BigInteger.ZERO.equals(numId)) {
            return null;
        }
        String format = paragraph.getNumFmt();
        if (format == null || "bullet".equals(format) || "none".equals(format)) {
            return "•";
        }
        int level = listLevel(paragraph);
        int[] counters = listCounters.computeIfAbsent(numId, id -> new int[MAX_LIST_LEVELS]);
        counters[level] = counters[level] == 0 ? start(numId, level) : counters[level] + 1;
        for (int deeper = level + 1; deeper < MAX_LIST_LEVELS; deeper++) {
            counters[deeper] = 0;
        }
        String pattern = paragraph.getNumLevelText() != null ? paragraph.getNumLevelText() : "%" + (level + 1) + ".";
        Matcher placeholder = LEVEL_PLACEHOLDER.matcher(pattern);
        StringBuilder label = new StringBuilder();
        while (placeholder.find()) {
            int at = Integer.parseInt(placeholder.group(1)) - 1;
            int value = at >= 0 && at < MAX_LIST_LEVELS ? Math.max(counters[at], 1) : 1;
            placeholder.appendReplacement(label, Matcher.quoteReplacement(format(value, at == level ? format : "decimal")));
        }
        placeholder.appendTail(label);
        return label.toString().strip();
    }

    private int start(BigInteger numId, int level) {
        try {
            XWPFNumbering numbering = document.getNumbering();
            XWPFNum num = numbering.getNum(numId);
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getStart() != null) {
                    return lvl.getStart().getVal().intValue();
                }
            }
        } catch (RuntimeException e) {
            // Numbering that does not say where it starts starts at 1, as in Word.
        }
        return 1;
    }

    private static String format(int value, String numberFormat) {
        return switch (numberFormat) {
            case "lowerLetter" -> letters(value).toLowerCase(Locale.UK);
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.UK);
            case "upperRoman" -> roman(value);
            default -> Integer.toString(value);
        };
    }

    private static String letters(int value) {
        int n = Math.max(value, 1);
        return String.valueOf((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder result = new StringBuilder();
        int n = Math.max(value, 1);
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                result.append(numerals[i]);
                n -= values[i];
            }
        }
        return result.toString();
    }
}
