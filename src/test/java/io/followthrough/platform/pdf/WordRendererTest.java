package io.followthrough.platform.pdf;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Word file is written from the HTML the PDF is made from: whatever the markup says, Word says too. */
class WordRendererTest {

    private static final String WIDE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><title>Plan</title><meta name="author" content="Example Council"></head>
            <body>
            <h1>Example Council</h1>
            <table><caption class="visually-hidden">About this report</caption>
            <tbody><tr><th scope="row">Subject</th><td>Peer review</td></tr></tbody></table>
            <section class="landscape">
            <h2>Appendix 1: the plan</h2>
            <table><caption>The action plan</caption>
            <thead><tr><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Success criteria</th></tr></thead>
            <tbody>
            <tr><th scope="colgroup" colspan="3">3.1 How effective is the PEP process?</th></tr>
            <tr><td>A1</td><td>Train designated teachers in writing SMART targets</td><td>Every PEP audited has SMART targets</td></tr>
            </tbody></table>
            </section>
            <h2>Appendix 2: the review</h2>
            <p>Text of the review.</p>
            </body></html>
            """;

    private final WordRenderer renderer = new WordRenderer();

    @Test
    void headingsKeepTheirLevelsAndReadInTheMarkupsOrder() throws IOException {
        XWPFDocument word = open(renderer.render(SampleDocument.html()));

        List<String> headings = new ArrayList<>();
        for (XWPFParagraph p : word.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                headings.add(p.getText());
            }
        }
        assertEquals(SampleDocument.HEADINGS, headings);
        assertEquals("Heading3", styleOf(word, "Red and overdue actions"));
        assertEquals(SampleDocument.TITLE, word.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void everyTableHasAGridWhoseColumnsFillThePageAndFitTheLongestWord() throws IOException {
        XWPFDocument word = open(renderer.render(SampleDocument.html()));
        XWPFTable table = word.getTables().get(0);

        var grid = table.getCTTbl().getTblGrid();
        assertEquals(5, grid.sizeOfGridColArray(), "one grid column for each column of the table");
        long total = 0;
        for (var column : grid.getGridColList()) {
            total += ((BigInteger) column.getW()).longValue();
        }
        assertEquals(((BigInteger) table.getCTTbl().getTblPr().getTblW().getW()).longValue(), total);
        assertTrue(total <= 11906 - 2 * 1134, "the table fits between the margins: " + total);
        long leadOfficer = ((BigInteger) grid.getGridColArray(2).getW()).longValue();
        assertTrue(leadOfficer >= "Headteacher,".length() * 100, "the longest word fits its column: " + leadOfficer);
        String xml = word.getDocument().xmlText();
        assertEquals(count(xml, "<w:tbl>"), count(xml, "<w:tblGrid>"), "every table has a grid");
    }

    @Test
    void tableHeaderRowsRepeatAndTheCaptionIsTheTablesTitle() throws IOException {
        XWPFDocument word = open(renderer.render(SampleDocument.html()));
        XWPFTable table = word.getTables().get(0);

        XWPFTableRow header = table.getRow(0);
        assertTrue(header.isRepeatHeader());
        assertEquals(List.of("Ref", "Action", "Lead officer", "Target date", "RAG"),
                header.getTableCells().stream().map(XWPFTableCell::getText).toList());
        assertEquals(SampleDocument.ACTIONS + 1, table.getNumberOfRows());
        assertEquals("All 70 actions with their lead officer, target date and RAG rating",
                table.getCTTbl().getTblPr().getTblCaption().getVal());
        List<IBodyElement> body = word.getBodyElements();
        int at = body.indexOf(table);
        assertEquals("Caption", ((XWPFParagraph) body.get(at - 1)).getStyle());
        assertEquals("Red", table.getRow(3).getCell(4).getText(), "RAG is written, never colour alone");
    }

    @Test
    void aVisuallyHiddenCaptionIsTheTablesTitleButNotText() throws IOException {
        XWPFDocument word = open(renderer.render(WIDE));

        assertFalse(word.getParagraphs().stream().anyMatch(p -> p.getText().equals("About this report")));
        assertEquals("About this report", word.getTables().get(0).getCTTbl().getTblPr().getTblCaption().getVal());
    }

    @Test
    void listsAreBulletsAndImagesKeepTheirAltText() throws IOException {
        XWPFDocument word = open(renderer.render(SampleDocument.html()));

        XWPFParagraph first = word.getParagraphs().get(indexOf(word, "Red 3 actions, up from 1 at the Autumn review"));
        assertEquals("ListBullet", first.getStyle());
        assertEquals("bullet", first.getNumFmt());
        assertTrue(word.getDocument().xmlText().contains("descr=\"Bar chart of RAG ratings: Red 3, Amber 12, Green 55\""));
        assertEquals(1, word.getAllPictures().size());
        assertTrue(word.getParagraphs().stream().anyMatch(p -> p.getText().equals(
                "Three actions are Red and one is overdue by 12 days. Officers propose revised dates for two of"
                        + " them; the reasons are set out against each action.")), "inline markup keeps its words");
    }

    @Test
    void everyPageSaysPageNOfM() throws IOException {
        XWPFDocument word = open(renderer.render(WIDE));

        String footer = word.getFooterArray(0)._getHdrFtr().xmlText();
        assertTrue(footer.contains("PAGE \\* MERGEFORMAT") && footer.contains("NUMPAGES \\* MERGEFORMAT"), footer);
        assertTrue(word.getFooterArray(0).getText().startsWith("Page 1 of 1"), word.getFooterArray(0).getText());
        for (CTSectPr section : sections(word)) {
            assertEquals(1, section.sizeOfFooterReferenceArray(), "each section carries the footer");
        }
    }

    @Test
    void landscapeContentIsALandscapeSectionBetweenPortraitOnes() throws IOException {
        XWPFDocument word = open(renderer.render(WIDE));

        List<CTSectPr> sections = sections(word);
        assertEquals(3, sections.size(), "portrait front, landscape appendix, portrait appendix");
        assertFalse(sections.get(0).getPgSz().isSetOrient());
        assertEquals(STPageOrientation.LANDSCAPE, sections.get(1).getPgSz().getOrient());
        assertFalse(sections.get(2).getPgSz().isSetOrient());
        XWPFTable plan = word.getTables().get(1);
        long total = 0;
        for (var column : plan.getCTTbl().getTblGrid().getGridColList()) {
            total += ((BigInteger) column.getW()).longValue();
        }
        assertTrue(total > 11906 - 2 * 1134, "a landscape table uses the wider page: " + total);
        XWPFTableCell group = plan.getRow(1).getCell(0);
        assertEquals("3.1 How effective is the PEP process?", group.getText());
        assertEquals(3, group.getCTTc().getTcPr().getGridSpan().getVal().intValue(), "the group heading spans the row");
    }

    private static List<CTSectPr> sections(XWPFDocument word) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : word.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(word.getDocument().getBody().getSectPr());
        return sections;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String styleOf(XWPFDocument word, String text) {
        return word.getParagraphs().get(indexOf(word, text)).getStyle();
    }

    private static int indexOf(XWPFDocument word, String text) {
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph reads \"" + text + "\"");
    }
}
