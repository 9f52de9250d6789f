package io.followthrough.platform.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a Word document from the same HTML the PDF is made from, so a template change reaches HTML, PDF and Word
 * alike and the formats cannot drift apart. It walks headings, paragraphs, lists, tables (with their captions and
 * header rows), images (with their alternative text) and figures. Headings use Word's built-in style identifiers so
 * the navigation pane, a table of contents and screen readers see the structure; every table has a grid whose column
 * widths fit its content; every page carries "Page n of m".
 *
 * <p>The markup conventions it reads, shared with {@code document.css}: {@code class="page-break"} starts a new
 * page, {@code class="landscape"} puts its content on landscape pages, {@code class="visually-hidden"} is left out of
 * the page (a hidden table caption becomes the table's alternative-text title), and {@code class="rag rag-red"} (and
 * amber, green) shades the rating in its colour as well as writing it.
 */
@ApplicationScoped
public class WordRenderer {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String LANGUAGE = "en-GB";
    private static final String FONT = "Arial";
    private static final int PAGE_SHORT = 11906;
    private static final int PAGE_LONG = 16838;
    private static final int MARGIN = 1134;
    /** Estimated width of one character of 10pt Arial, and a cell's left and right padding, in twentieths of a point. */
    private static final int TABLE_CHAR = 118;
    private static final int CELL_PADDING = 260;
    private static final Map<String, String> RAG_FILLS = Map.of("rag-red", "F4CDC6", "rag-amber", "FFDFB8",
            "rag-green", "CCE2D8", "rag-none", "F3F2F1");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
            "div", "section", "article", "header", "footer", "main", "figure", "figcaption", "blockquote", "dl", "hr");
    private static final Pattern HEIGHT_PX = Pattern.compile("height\\s*:\\s*([0-9.]+)px");
    private static final Pattern WIDTH_PERCENT = Pattern.compile("(?<![-a-z])width\\s*:\\s*([0-9.]+)%");
    private static final Pattern WIDTH_MM = Pattern.compile("(?<![-a-z])width\\s*:\\s*([0-9.]+)mm");

    public static String mediaType() {
        return MEDIA_TYPE;
    }

    public byte[] render(String html) {
        Document page = Jsoup.parse(html);
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createStyles().setStyles(styles());
            var properties = word.getProperties().getCoreProperties();
            properties.setTitle(page.title());
            meta(page, "description").ifPresent(properties::setDescription);
            meta(page, "author").ifPresent(properties::setCreator);
            meta(page, "subject").ifPresent(properties::setSubjectProperty);
            new Writer(word).write(page.body());
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the document in Word format", e);
        }
    }

    private static java.util.Optional<String> meta(Document page, String name) {
        Element meta = page.selectFirst("meta[name=" + name + "]");
        return meta == null || meta.attr("content").isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(meta.attr("content"));
    }

    /** One pass over the body, keeping the page orientation and the list numbering as it goes. */
    private static final class Writer {
        private final XWPFDocument word;
        private final BigInteger bulletsAbstract;
        private final BigInteger numbersAbstract;
        private final String footerId;
        private boolean landscape;
        private Boolean pendingSection;
        private boolean atSectionStart = true;
        private long pictures;

        Writer(XWPFDocument word) {
            this.word = word;
            XWPFNumbering numbering = word.createNumbering();
            this.bulletsAbstract = abstractList(numbering, BigInteger.ZERO, STNumberFormat.BULLET, "•");
            this.numbersAbstract = abstractList(numbering, BigInteger.ONE, STNumberFormat.DECIMAL, "%1.");
            XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
            pageNumbers(footer.createParagraph());
            this.footerId = word.getRelationId(footer);
        }

        void write(Element body) {
            blocks(body, word::createParagraph, 0);
            CTSectPr last = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                    : word.getDocument().getBody().addNewSectPr();
            page(last, pendingSection != null ? pendingSection : landscape);
        }

        /** The children of a container: runs of inline content become paragraphs, block elements are written. */
        private void blocks(Element container, Supplier<XWPFParagraph> paragraphs, int listDepth) {
            List<Node> inline = new ArrayList<>();
            for (Node child : container.childNodes()) {
                if (child instanceof Element element && (BLOCKS.contains(element.normalName()) || hidden(element))) {
                    flush(inline, paragraphs, null);
                    if (!hidden(element)) {
                        block(element, paragraphs, listDepth);
                    }
                } else {
                    inline.add(child);
                }
            }
            flush(inline, paragraphs, null);
        }

        private void flush(List<Node> inline, Supplier<XWPFParagraph> paragraphs, String style) {
            if (inline.stream().anyMatch(n -> !(n instanceof TextNode t) || !t.isBlank())) {
                startContent();
                XWPFParagraph paragraph = paragraphs.get();
                if (style != null) {
                    paragraph.setStyle(style);
                }
                runs(paragraph, inline);
            }
            inline.clear();
        }

        private void block(Element element, Supplier<XWPFParagraph> paragraphs, int listDepth) {
            String name = element.normalName();
            if (element.hasClass("landscape")) {
                orientation(true);
                blocks(element, paragraphs, listDepth);
                orientation(false);
                return;
            }
            switch (name) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    int level = Math.min(4, name.charAt(1) - '0');
                    paragraph(element, paragraphs, "Heading" + level);
                }
                case "p" -> paragraph(element, paragraphs, null);
                case "figcaption" -> paragraph(element, paragraphs, "Caption");
                case "ul", "ol" -> list(element, paragraphs, listDepth, name.equals("ol"));
                case "table" -> table(element);
                case "hr" -> { }
                default -> blocks(element, paragraphs, listDepth);
            }
        }

        private void paragraph(Element element, Supplier<XWPFParagraph> paragraphs, String style) {
            boolean breakBefore = element.hasClass("page-break") && !atSectionStart;
            startContent();
            XWPFParagraph paragraph = paragraphs.get();
            if (style != null) {
                paragraph.setStyle(style);
            }
            if (breakBefore) {
                paragraph.setPageBreak(true);
            }
            runs(paragraph, element.childNodes());
        }

        private void list(Element list, Supplier<XWPFParagraph> paragraphs, int depth, boolean numbered) {
            BigInteger numId = word.getNumbering().addNum(numbered ? numbersAbstract : bulletsAbstract);
            if (numbered) {
                var override = word.getNumbering().getNum(numId).getCTNum().addNewLvlOverride();
                override.setIlvl(BigInteger.valueOf(depth));
                override.addNewStartOverride().setVal(BigInteger.ONE);
            }
            for (Element item : list.children()) {
                if (!item.normalName().equals("li")) {
                    continue;
                }
                List<Node> inline = new ArrayList<>();
                for (Node child : item.childNodes()) {
                    if (child instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                        listItem(inline, paragraphs, numId, depth);
                        list(e, paragraphs, depth + 1, e.normalName().equals("ol"));
                    } else if (child instanceof Element e && BLOCKS.contains(e.normalName())) {
                        inline.addAll(e.childNodes());
                    } else {
                        inline.add(child);
                    }
                }
                listItem(inline, paragraphs, numId, depth);
            }
        }

        private void listItem(List<Node> inline, Supplier<XWPFParagraph> paragraphs, BigInteger numId, int depth) {
            if (inline.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
                inline.clear();
                return;
            }
            startContent();
            XWPFParagraph paragraph = paragraphs.get();
            paragraph.setStyle("ListBullet");
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.valueOf(Math.min(depth, 2)));
            runs(paragraph, inline);
            inline.clear();
        }

        // Tables ------------------------------------------------------------------------------------------------

        private void table(Element html) {
            Element caption = html.selectFirst("> caption");
            String captionText = caption == null ? "" : caption.text().strip();
            if (caption != null && !caption.hasClass("visually-hidden") && !captionText.isEmpty()) {
                startContent();
                XWPFParagraph paragraph = word.createParagraph();
                paragraph.setStyle("Caption");
                paragraph.setKeepNext(true);
                runs(paragraph, caption.childNodes());
            }
            List<Element> rows = html.select("> thead > tr, > tbody > tr, > tfoot > tr, > tr");
            if (rows.isEmpty()) {
                return;
            }
            startContent();
            int columns = rows.stream().mapToInt(Writer::span).max().orElse(1);
            int[] declared = declaredWidths(html, columns, textWidth());
            int[] widths = declared == null ? columnWidths(rows, columns, textWidth())
                    : fitted(declared, leastWidths(rows, columns), textWidth());

            XWPFTable table = word.createTable();
            CTTbl ct = table.getCTTbl();
            CTTblPr properties = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
            CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(sum(widths)));
            if (!captionText.isEmpty()) {
                properties.addNewTblCaption().setVal(captionText);
            }
            if (declared != null) {
                // The template chose the widths: Word keeps them instead of fitting the columns to their text.
                (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                        .setType(STTblLayoutType.FIXED);
            }
            borders(table);
            CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            for (int r = 0; r < rows.size(); r++) {
                Element tr = rows.get(r);
                boolean header = tr.parent() != null && tr.parent().normalName().equals("thead");
                XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
                row.setCantSplitRow(true);
                if (header) {
                    row.setRepeatHeader(true);
                }
                int column = 0;
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    int span = Math.max(1, Math.min(colspan(td), columns - column));
                    XWPFTableCell cell = row.createCell();
                    CTTcPr cellProperties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
                            : cell.getCTTc().addNewTcPr();
                    CTTblWidth cellWidth = cellProperties.addNewTcW();
                    cellWidth.setType(STTblWidth.DXA);
                    int w = 0;
                    for (int c = column; c < Math.min(columns, column + span); c++) {
                        w += widths[c];
                    }
                    cellWidth.setW(BigInteger.valueOf(w));
                    if (span > 1) {
                        cellProperties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                    boolean th = td.normalName().equals("th");
                    if (th && (header || span > 1)) {
                        CTShd shade = cellProperties.addNewShd();
                        shade.setVal(STShd.CLEAR);
                        shade.setColor("auto");
                        shade.setFill("F3F2F1");
                    }
                    cellContent(cell, td, th, span > 1 && !header);
                    column += span;
                }
            }
            table.removeRow(0);
        }

        private void cellContent(XWPFTableCell cell, Element td, boolean bold, boolean keepWithNext) {
            XWPFParagraph[] first = {cell.getParagraphs().get(0)};
            Supplier<XWPFParagraph> paragraphs = () -> {
                XWPFParagraph paragraph;
                if (first[0] != null) {
                    paragraph = first[0];
                    first[0] = null;
                } else {
                    paragraph = cell.addParagraph();
                }
                paragraph.setSpacingAfter(0);
                if (keepWithNext) {
                    paragraph.setKeepNext(true);
                }
                return paragraph;
            };
            boolean wasAtStart = atSectionStart;
            blocks(td, paragraphs, 0);
            atSectionStart = wasAtStart && atSectionStart;
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                paragraph.setSpacingAfter(0);
                for (XWPFRun run : paragraph.getRuns()) {
                    run.setFontSize(10);
                    if (bold) {
                        run.setBold(true);
                    }
                }
            }
        }

        /**
         * The widths a table's {@code <col>} elements give as percentages ({@code style="width: 20%"}, the same
         * declaration the PDF lays the table out by), in twentieths of a point; null unless every column has one.
         */
        private static int[] declaredWidths(Element table, int columns, int available) {
            List<Double> percentages = new ArrayList<>();
            for (Element col : table.select("> colgroup > col, > col")) {
                Matcher width = WIDTH_PERCENT.matcher(col.attr("style"));
                if (!width.find()) {
                    return null;
                }
                int span = col.attr("span").matches("[1-9][0-9]?") ? Integer.parseInt(col.attr("span")) : 1;
                for (int i = 0; i < span; i++) {
                    percentages.add(Double.parseDouble(width.group(1)) / span);
                }
            }
            if (percentages.size() != columns) {
                return null;
            }
            double total = percentages.stream().mapToDouble(Double::doubleValue).sum();
            int[] widths = new int[columns];
            for (int c = 0; c < columns; c++) {
                widths[c] = (int) (percentages.get(c) / Math.max(total, 100) * available);
            }
            return widths;
        }

        /**
         * Declared widths made to fit: each column at least as wide as its longest word, so no word breaks, the
         * width that takes being given back by the columns wider than their least, in proportion.
         */
        private static int[] fitted(int[] declared, int[] least, int available) {
            int[] widths = new int[declared.length];
            for (int c = 0; c < declared.length; c++) {
                widths[c] = Math.max(declared[c], least[c]);
            }
            int excess = sum(widths) - available;
            if (excess > 0) {
                int spare = 0;
                for (int c = 0; c < widths.length; c++) {
                    spare += widths[c] - least[c];
                }
                if (spare <= 0) {
                    return columnsOf(least, available);
                }
                int[] reduced = widths.clone();
                int widest = 0;
                for (int c = 0; c < widths.length; c++) {
                    reduced[c] = widths[c] - (int) Math.ceil((double) excess * (widths[c] - least[c]) / spare);
                    widest = reduced[c] > reduced[widest] ? c : widest;
                }
                reduced[widest] -= Math.max(0, sum(reduced) - available);
                return reduced;
            }
            return widths;
        }

        private static int[] columnsOf(int[] least, int available) {
            int total = sum(least);
            int[] widths = new int[least.length];
            for (int c = 0; c < least.length; c++) {
                widths[c] = (int) ((long) least[c] * available / total);
            }
            return widths;
        }

        /** Each column's least width: its longest word, bold counted wider, and the cell's padding. */
        private static int[] leastWidths(List<Element> rows, int columns) {
            int[] least = new int[columns];
            for (Element tr : rows) {
                int column = 0;
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    int span = colspan(td);
                    if (span == 1 && column < columns) {
                        int longestWord = 0;
                        for (String word : td.text().strip().split("\\s+")) {
                            longestWord = Math.max(longestWord, word.length());
                        }
                        double bold = td.normalName().equals("th") || !td.select("strong, b, .rag").isEmpty()
                                ? 1.2 : 1.0;
                        least[column] = Math.max(least[column], (int) (longestWord * TABLE_CHAR * bold) + CELL_PADDING);
                    }
                    column += span;
                }
            }
            for (int c = 0; c < columns; c++) {
                least[c] = Math.max(least[c], CELL_PADDING + TABLE_CHAR);
            }
            return least;
        }

        /**
         * Column widths as a browser lays out an automatic table: each column at least as wide as its longest word (so
         * no word breaks), the rest of the page shared in proportion to how much more each column's text wants.
         */
        private static int[] columnWidths(List<Element> rows, int columns, int available) {
            int[] least = new int[columns];
            int[] wanted = new int[columns];
            for (Element tr : rows) {
                int column = 0;
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    int span = colspan(td);
                    if (span == 1 && column < columns) {
                        String text = td.text().strip();
                        int longestWord = 0;
                        for (String word : text.split("\\s+")) {
                            longestWord = Math.max(longestWord, word.length());
                        }
                        double bold = td.normalName().equals("th") || !td.select("strong, b, .rag").isEmpty()
                                ? 1.2 : 1.0;
                        least[column] = Math.max(least[column], (int) (longestWord * TABLE_CHAR * bold) + CELL_PADDING);
                        wanted[column] = Math.max(wanted[column],
                                (int) (Math.min(text.length(), 400) * TABLE_CHAR * bold) + CELL_PADDING);
                    }
                    column += span;
                }
            }
            int[] widths = new int[columns];
            int leastTotal = sum(least);
            int wantedTotal = sum(wanted);
            for (int c = 0; c < columns; c++) {
                least[c] = Math.max(least[c], CELL_PADDING + TABLE_CHAR);
                wanted[c] = Math.max(wanted[c], least[c]);
            }
            leastTotal = sum(least);
            wantedTotal = sum(wanted);
            for (int c = 0; c < columns; c++) {
                if (wantedTotal <= available) {
                    widths[c] = (int) ((long) wanted[c] * available / wantedTotal);
                } else if (leastTotal >= available) {
                    widths[c] = (int) ((long) least[c] * available / leastTotal);
                } else {
                    widths[c] = least[c] + (int) ((long) (available - leastTotal) * (wanted[c] - least[c])
                            / (wantedTotal - leastTotal));
                }
            }
            return widths;
        }

        private static int span(Element tr) {
            return tr.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                    .mapToInt(Writer::colspan).sum();
        }

        private static int colspan(Element cell) {
            try {
                return Math.max(1, Integer.parseInt(cell.attr("colspan").strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static int sum(int[] values) {
            int total = 0;
            for (int v : values) {
                total += v;
            }
            return total;
        }

        private static void borders(XWPFTable table) {
            table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        }

        // Inline content ----------------------------------------------------------------------------------------

        private record Piece(String text, boolean bold, boolean italic, String fill, Element image, boolean lineBreak) {
        }

        private void runs(XWPFParagraph paragraph, List<Node> nodes) {
            List<Piece> pieces = new ArrayList<>();
            for (Node node : nodes) {
                collect(node, false, false, null, pieces);
            }
            boolean spaceBefore = true;
            List<Piece> tidy = new ArrayList<>();
            for (Piece piece : pieces) {
                if (piece.text() == null) {
                    tidy.add(piece);
                    spaceBefore = piece.lineBreak();
                    continue;
                }
                String text = piece.text().replaceAll("[ \\t\\n\\r\\f]+", " ");
                if (spaceBefore && text.startsWith(" ")) {
                    text = text.substring(1);
                }
                if (!text.isEmpty()) {
                    tidy.add(new Piece(text, piece.bold(), piece.italic(), piece.fill(), null, false));
                    spaceBefore = text.endsWith(" ");
                }
            }
            for (int i = tidy.size() - 1; i >= 0; i--) {
                Piece last = tidy.get(i);
                if (last.text() == null || !last.text().endsWith(" ")) {
                    break;
                }
                String stripped = last.text().stripTrailing();
                if (stripped.isEmpty()) {
                    tidy.remove(i);
                } else {
                    tidy.set(i, new Piece(stripped, last.bold(), last.italic(), last.fill(), null, false));
                    break;
                }
            }
            for (Piece piece : tidy) {
                XWPFRun run = paragraph.createRun();
                if (piece.lineBreak()) {
                    run.addBreak();
                } else if (piece.image() != null) {
                    picture(run, piece.image());
                } else {
                    run.setText(piece.text());
                    if (piece.bold()) {
                        run.setBold(true);
                    }
                    if (piece.italic()) {
                        run.setItalic(true);
                    }
                    if (piece.fill() != null) {
                        CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                        CTShd shade = rpr.addNewShd();
                        shade.setVal(STShd.CLEAR);
                        shade.setColor("auto");
                        shade.setFill(piece.fill());
                    }
                }
            }
        }

        private static void collect(Node node, boolean bold, boolean italic, String fill, List<Piece> pieces) {
            if (node instanceof TextNode text) {
                pieces.add(new Piece(text.getWholeText(), bold, italic, fill, null, false));
                return;
            }
            if (!(node instanceof Element element) || hidden(element)) {
                return;
            }
            switch (element.normalName()) {
                case "br" -> pieces.add(new Piece(null, bold, italic, fill, null, true));
                case "img" -> pieces.add(new Piece(null, bold, italic, fill, element, false));
                case "style", "script" -> { }
                default -> {
                    boolean b = bold || Set.of("strong", "b", "th").contains(element.normalName())
                            || element.hasClass("rag");
                    boolean i = italic || Set.of("em", "i").contains(element.normalName());
                    String f = fill;
                    for (String name : element.classNames()) {
                        f = RAG_FILLS.getOrDefault(name, f);
                    }
                    for (Node child : element.childNodes()) {
                        collect(child, b, i, f, pieces);
                    }
                }
            }
        }

        /** An image from a data URI (SVG drawn as PNG, since Word cannot rely on SVG), its alt text as the description. */
        private void picture(XWPFRun run, Element img) {
            String src = img.attr("src");
            if (!src.startsWith("data:") || !src.contains(",")) {
                run.setText(img.attr("alt"));
                return;
            }
            String type = src.substring(5, src.indexOf(src.contains(";") ? ';' : ','));
            byte[] content = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
            boolean svg = type.equals("image/svg+xml");
            byte[] picture = svg ? png(content) : content;
            int pictureType = type.equals("image/jpeg") ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG
                    : org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG;
            try {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
                double available = textWidth() / 20.0;
                String style = img.attr("style");
                Matcher height = HEIGHT_PX.matcher(style);
                Matcher widthMm = WIDTH_MM.matcher(style);
                double widthPoints;
                if (height.find()) {
                    widthPoints = Double.parseDouble(height.group(1)) * 0.75 * image.getWidth() / image.getHeight();
                } else if (widthMm.find()) {
                    widthPoints = Double.parseDouble(widthMm.group(1)) * 72 / 25.4;
                } else {
                    widthPoints = svg ? available : image.getWidth() * 0.75;
                }
                widthPoints = Math.min(widthPoints, available);
                double heightPoints = widthPoints * image.getHeight() / image.getWidth();
                run.addPicture(new ByteArrayInputStream(picture), pictureType, "image.png", Units.toEMU(widthPoints),
                        Units.toEMU(heightPoints));
                var properties = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
                properties.setId(++pictures);
                properties.setName("Picture " + pictures);
                properties.setDescr(img.attr("alt"));
                properties.setTitle(img.attr("alt"));
            } catch (IOException | InvalidFormatException e) {
                throw new IllegalStateException("An image cannot be placed in the Word document", e);
            }
        }

        private static byte[] png(byte[] svg) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                PNGTranscoder transcoder = new PNGTranscoder();
                transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, 1280f);
                transcoder.transcode(new TranscoderInput(new StringReader(new String(svg, StandardCharsets.UTF_8))),
                        new TranscoderOutput(png));
                return png.toByteArray();
            } catch (TranscoderException e) {
                throw new IllegalStateException("An image cannot be drawn for the Word document", e);
            }
        }

        // Sections and pages ------------------------------------------------------------------------------------

        /** Landscape content is its own Word section; the change is written when the next content arrives. */
        private void orientation(boolean wide) {
            if (wide == landscape && pendingSection == null) {
                return;
            }
            if (pendingSection != null && pendingSection == wide) {
                pendingSection = null;
                return;
            }
            if (pendingSection == null) {
                pendingSection = landscape;
            }
            landscape = wide;
        }

        private void startContent() {
            if (pendingSection != null) {
                boolean anything = !word.getBodyElements().isEmpty();
                if (anything) {
                    XWPFParagraph end = word.createParagraph();
                    CTSectPr section = end.getCTP().isSetPPr() ? end.getCTP().getPPr().addNewSectPr()
                            : end.getCTP().addNewPPr().addNewSectPr();
                    page(section, pendingSection);
                    atSectionStart = true;
                    pendingSection = null;
                    return;
                }
                pendingSection = null;
            }
            atSectionStart = false;
        }

        private void page(CTSectPr section, boolean wide) {
            if (!section.isSetType()) {
                section.addNewType().setVal(STSectionMark.NEXT_PAGE);
            }
            boolean hasFooter = false;
            for (CTHdrFtrRef ref : section.getFooterReferenceList()) {
                hasFooter |= footerId.equals(ref.getId());
            }
            if (!hasFooter) {
                CTHdrFtrRef ref = section.addNewFooterReference();
                ref.setType(STHdrFtr.DEFAULT);
                ref.setId(footerId);
            }
            var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(wide ? PAGE_LONG : PAGE_SHORT));
            size.setH(BigInteger.valueOf(wide ? PAGE_SHORT : PAGE_LONG));
            if (wide) {
                size.setOrient(STPageOrientation.LANDSCAPE);
            } else if (size.isSetOrient()) {
                size.unsetOrient();
            }
            var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                    margins::setLeft, margins::setRight)) {
                setter.accept(BigInteger.valueOf(MARGIN));
            }
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));
            margins.setGutter(BigInteger.ZERO);
        }

        private int textWidth() {
            return (landscape ? PAGE_LONG : PAGE_SHORT) - 2 * MARGIN;
        }

        private static void pageNumbers(XWPFParagraph paragraph) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
            paragraph.createRun().setText("Page ");
            field(paragraph, "PAGE");
            paragraph.createRun().setText(" of ");
            field(paragraph, "NUMPAGES");
            for (XWPFRun run : paragraph.getRuns()) {
                run.setFontSize(8);
            }
        }

        private static void field(XWPFParagraph paragraph, String instruction) {
            var field = paragraph.getCTP().addNewFldSimple();
            field.setInstr(instruction + " \\* MERGEFORMAT");
            var run = field.addNewR();
            run.addNewRPr().addNewSz().setVal(BigInteger.valueOf(16));
            run.addNewT().setStringValue("1");
        }

        private static boolean hidden(Element element) {
            return element.hasClass("visually-hidden") || element.normalName().equals("caption");
        }

        private static BigInteger abstractList(XWPFNumbering numbering, BigInteger id, STNumberFormat.Enum format,
                                               String text) {
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(id);
            for (int level = 0; level < 3; level++) {
                CTLvl lvl = definition.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(format);
                lvl.addNewLvlText().setVal(text.replace("%1", "%" + (level + 1)));
                var indent = lvl.addNewPPr().addNewInd();
                indent.setLeft(BigInteger.valueOf(720L * (level + 1)));
                indent.setHanging(BigInteger.valueOf(360));
            }
            return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        }
    }

    private static CTStyles styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        var fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(24));
        defaults.addNewLang().setVal(LANGUAGE);
        styles.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(160));

        CTStyle normal = style(styles, "Normal", "Normal", null);
        normal.setDefault(true);
        normal.addNewQFormat();
        heading(styles, "Heading1", "heading 1", 0, 36);
        heading(styles, "Heading2", "heading 2", 1, 30);
        heading(styles, "Heading3", "heading 3", 2, 26);
        heading(styles, "Heading4", "heading 4", 3, 24);
        CTStyle caption = style(styles, "Caption", "caption", "Normal");
        caption.addNewQFormat();
        caption.addNewRPr().addNewB();
        CTStyle list = style(styles, "ListBullet", "List Bullet", "Normal");
        list.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(80));
        return styles;
    }

    private static void heading(CTStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = style(styles, id, name, "Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        return style;
    }
}
