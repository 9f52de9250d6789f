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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

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
    private static final int MAX_STYLE_DEPTH = 10;
    /** Indents within this many twentieths of a point of each other are the same. */
    private static final int SAME_INDENT = 180;
    /**
     * A bullet typed as text, as pasted from an e-mail: "•", "·", "o", a dash or a Symbol glyph (U+F0B7), then a tab or
     * spaces.
     */
    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*([•·o▪■◦\\-–\\uF0B7\\uF0A7\\uF076\\uF0D8])([\\t ]+)(\\S.*)$",
            Pattern.DOTALL);

    private final XWPFDocument document;
    private final Map<BigInteger, int[]> listCounters = new HashMap<>();
    private final List<DocumentLine> lines = new ArrayList<>();
    /** The indent of the first level of a list whose bullets are typed, while one is being read; else -1. */
    private int typedListIndent = -1;

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
                typedListIndent = -1;
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cells.add(DocumentLayout.tidy(cell.getText()));
                    }
                    lines.add(DocumentLine.row(cells));
                }
            } else if (element instanceof XWPFSDT control) {
                addLines(control.getContent().getText(), 0, "");
            }
        }
    }

    private void readParagraph(XWPFParagraph paragraph) {
        int headingLevel = headingLevel(paragraph);
        Numbering numbering = numbering(paragraph);
        String label = numbering == null ? null : listLabel(numbering);
        String text = paragraph.getText();
        if (label == null) {
            Matcher typed = TYPED_BULLET.matcher(text);
            if (headingLevel == 0 && typed.matches() && (typed.group(2).contains("\t") || indentOf(paragraph) > 0)) {
                int indent = indentOf(paragraph);
                if (typedListIndent < 0 || indent < typedListIndent - SAME_INDENT) {
                    typedListIndent = indent;
                }
                addLines(typed.group(3), 0, (indent > typedListIndent + SAME_INDENT ? "  " : "") + "• ");
                return;
            }
            typedListIndent = -1;
            addLines(text, headingLevel, "");
        } else if (headingLevel > 0) {
            addLines(label + " " + text, headingLevel, "");
        } else {
            addLines(text, 0, "  ".repeat(numbering.level()) + label + " ");
        }
    }

    /** The left indent of a paragraph in twentieths of a point, or 0 when it has none of its own. */
    private static int indentOf(XWPFParagraph paragraph) {
        return Math.max(paragraph.getIndentationLeft(), 0);
    }

    /** The list a paragraph is numbered by and its level, from the paragraph or else from its style. */
    private record Numbering(BigInteger numId, int level) {
    }

    private Numbering numbering(XWPFParagraph paragraph) {
        CTNumPr own = paragraph.getCTP().getPPr() != null ? paragraph.getCTP().getPPr().getNumPr() : null;
        BigInteger numId = own != null && own.getNumId() != null ? own.getNumId().getVal() : null;
        BigInteger level = own != null && own.getIlvl() != null ? own.getIlvl().getVal() : null;
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && depth < MAX_STYLE_DEPTH && (numId == null || level == null); depth++) {
            XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
            if (style == null) {
                break;
            }
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            CTNumPr styled = pPr == null ? null : pPr.getNumPr();
            if (styled != null) {
                if (numId == null && styled.getNumId() != null) {
                    numId = styled.getNumId().getVal();
                }
                if (level == null && styled.getIlvl() != null) {
                    level = styled.getIlvl().getVal();
                }
            }
            styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        if (numId == null || BigInteger.ZERO.equals(numId)) {
            return null;
        }
        return new Numbering(numId, level == null ? 0 : Math.min(Math.max(level.intValue(), 0), MAX_LIST_LEVELS - 1));
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

    /** The bullet or number Word shows before a paragraph of a list. */
    private String listLabel(Numbering numbering) {
        BigInteger numId = numbering.numId();
        int level = numbering.level();
        CTLvl lvl = lvl(numId, level);
        String format = lvl != null && lvl.getNumFmt() != null ? lvl.getNumFmt().getVal().toString() : null;
        if (format == null || "bullet".equals(format) || "none".equals(format)) {
            return "•";
        }
        int[] counters = listCounters.computeIfAbsent(numId, id -> new int[MAX_LIST_LEVELS]);
        counters[level] = counters[level] == 0 ? start(numId, level) : counters[level] + 1;
        for (int deeper = level + 1; deeper < MAX_LIST_LEVELS; deeper++) {
            counters[deeper] = 0;
        }
        String pattern = lvl.getLvlText() != null && lvl.getLvlText().getVal() != null
                ? lvl.getLvlText().getVal() : "%" + (level + 1) + ".";
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

    /** The definition of one level of a list, or null when the document does not define it. */
    private CTLvl lvl(BigInteger numId, int level) {
        try {
            XWPFNumbering numbering = document.getNumbering();
            XWPFNum num = numbering.getNum(numId);
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                    return lvl;
                }
            }
        } catch (RuntimeException e) {
            // A list without a definition shows as bullets, as in Word.
        }
        return null;
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
