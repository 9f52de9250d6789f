package io.followthrough.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfRendererTest {

    private static final PdfRenderer renderer = new PdfRenderer();
    private static byte[] samplePdf;

    @BeforeAll
    static void renderSampleOnce() {
        VeraGreenfieldFoundryProvider.initialise();
        samplePdf = renderer.renderHtml(SampleDocument.html());
    }

    @Test
    void samplePackPassesPdfUa1() throws Exception {
        assertCompliant(samplePdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void samplePackPassesPdfA3a() throws Exception {
        assertCompliant(samplePdf, PDFAFlavour.PDFA_3_A);
    }

    @Test
    void titleAndLanguageComeFromTheMarkup() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samplePdf)) {
            assertEquals(SampleDocument.TITLE, pdf.getDocumentInformation().getTitle());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "the PDF is tagged");
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle(),
                    "viewers show the title rather than the file name");
        }
    }

    @Test
    void theMarkupsDescriptionDescribesThePdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samplePdf)) {
            assertEquals("Actions of the Virtual School improvement plan for SLT to review",
                    pdf.getDocumentInformation().getSubject());
        }
        String undescribed = SampleDocument.html().replaceAll("<meta name=\"description\"[^>]*>", "");
        try (PDDocument pdf = Loader.loadPDF(renderer.renderHtml(undescribed))) {
            assertEquals(SampleDocument.TITLE, pdf.getDocumentInformation().getSubject(), "else its title");
        }
    }

    @Test
    void everyFontIsEmbeddedDejaVuSans() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samplePdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertTrue(!fonts.isEmpty(), "the pages use fonts");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName() + " is DejaVu Sans");
            }
            assertTrue(fonts.stream().anyMatch(font -> font.getName().contains("DejaVuSans-Bold")),
                    "headings and table headers use the bold face: " + fontNames(fonts));
        }
    }

    @Test
    void everyPageIsA4() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samplePdf)) {
            assertTrue(pdf.getNumberOfPages() >= 2, "the action table spans several pages");
            for (PDPage page : pdf.getPages()) {
                PDRectangle size = page.getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 1f);
                assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 1f);
            }
        }
    }

    @Test
    void headingsReadInDocumentOrder() throws IOException {
        String text = text(samplePdf);
        int from = 0;
        for (String heading : SampleDocument.HEADINGS) {
            int at = text.indexOf(heading, from);
            assertTrue(at >= 0, "\"" + heading + "\" appears after the previous heading");
            from = at + heading.length();
        }
    }

    @Test
    void tableHeaderRowRepeatsOnEveryPageTheTableSpans() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samplePdf)) {
            int pages = pdf.getNumberOfPages();
            int tableStart = pageContaining(pdf, "A1 ");
            for (int page = tableStart; page <= pages; page++) {
                String pageText = pageText(pdf, page);
                assertTrue(pageText.contains("Lead officer") && pageText.contains("Target date"),
                        "page " + page + " of " + pages + " repeats the header row");
            }
            assertTrue(pages - tableStart >= 1, "the table continues onto another page");
            assertTrue(text(samplePdf).contains("A" + SampleDocument.ACTIONS + " "), "the last action is printed");
        }
    }

    @Test
    void footerNumbersThePages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samplePdf)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pageText(pdf, pages).contains("Page " + pages + " of " + pages));
        }
    }

    @Test
    void ragRatingsAreWordsNotJustColour() throws IOException {
        String text = text(samplePdf);
        assertTrue(text.contains("Red 3 actions"), text.substring(0, Math.min(600, text.length())));
        assertTrue(text.contains("Amber 12 actions"));
    }

    @Test
    void textExtractsAsPlainLettersWithoutLigatureCodePoints() throws IOException {
        String text = text(samplePdf);
        assertTrue(text.contains("Officers propose") && text.contains("effectiveness"),
                "\"ffi\" and \"ff\" read as letters: " + text.substring(0, Math.min(600, text.length())));
        List<String> ligatures = text.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06)
                .mapToObj(c -> String.format("U+%04X", c)).distinct().toList();
        assertEquals(List.of(), ligatures, "no ligature code points in the extracted text");
    }

    @Test
    void markupThatIsNotWellFormedFailsWithItsPosition() {
        String broken = """
                <html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml"><head><title>Broken</title></head>
                <body><p>Unclosed paragraph<br></body></html>""";
        PdfRenderingException failure = assertThrows(PdfRenderingException.class, () -> renderer.render(broken));
        assertTrue(failure.getMessage().contains("not well-formed at line 2"), failure.getMessage());
    }

    @Test
    void markupMissingWhatScreenReadersNeedIsRefusedWithEveryProblem() {
        String inaccessible = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head></head><body>
                <img src="data:image/png;base64,iVBORw0KGgo="/>
                <table><tr><th>Ref</th></tr><tr><td>A1</td></tr></table>
                </body></html>""";
        PdfRenderingException failure = assertThrows(PdfRenderingException.class,
                () -> renderer.render(inaccessible));
        assertEquals(List.of(
                "<html> has no lang attribute",
                "the document has no <title>",
                "an <img> has no alt attribute (src data:image/png;base64,iVBORw0KGgo=)",
                "table 1 has no <caption>",
                "table 1 has a <th> without scope: \"Ref\""), failure.problems());
    }

    @Test
    void chartIsDrawnAsAFigureWithItsAltText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(samplePdf)) {
            PDStructureTreeRoot tree = pdf.getDocumentCatalog().getStructureTreeRoot();
            List<PDStructureElement> figures = new ArrayList<>();
            collect(tree.getKids(), "Figure", figures);
            assertEquals(1, figures.size(), "one figure");
            assertEquals("Bar chart of RAG ratings: Red 3, Amber 12, Green 55", figures.get(0).getAlternateDescription());
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(),
                    "the chart is drawn on the first page");
        }
    }

    @Test
    void inlineSvgIsRefusedBecauseItCannotCarryAltText() {
        String html = SampleDocument.html().replace("<figure>",
                "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>");
        PdfRenderingException failure = assertThrows(PdfRenderingException.class, () -> renderer.renderHtml(html));
        assertTrue(failure.getMessage().contains("inline <svg>"), failure.getMessage());
    }

    @Test
    void aStylesheetThatCannotBeFoundFailsInsteadOfRenderingUnstyled() {
        String html = SampleDocument.html().replace("document.css", "missing.css");
        PdfRenderingException failure = assertThrows(PdfRenderingException.class, () -> renderer.renderHtml(html));
        assertTrue(failure.getMessage().contains("missing.css"), failure.getMessage());
    }

    @Test
    void aFontFileMissingFromTheBuildStopsTheRendererStarting() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> new PdfRenderer(
                List.of(FontFace.dejaVuSans("DejaVuSans-Nowhere.ttf", 400, FontStyle.NORMAL))));
        assertEquals("PDF font pdf/fonts/DejaVuSans-Nowhere.ttf is missing from the classpath",
                failure.getMessage());
    }

    @Test
    void aFontFamilyThePdfCannotEmbedFailsLoudly() {
        String html = SampleDocument.html().replace("<h1>", "<h1 style=\"font-family: Arial\">");
        PdfRenderingException failure = assertThrows(PdfRenderingException.class, () -> renderer.renderHtml(html));
        assertEquals(List.of("some text asks for a font other than \"DejaVu Sans\", the only one embedded,"
                + " so it cannot be drawn"), failure.problems());
    }

    private static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), flavour + " failures:\n" + failures);
        }
    }

    private static void collect(List<Object> kids, String type, List<PDStructureElement> found) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                collect(element.getKids(), type, found);
            }
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalised(new PDFTextStripper().getText(document));
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return normalised(stripper.getText(pdf));
    }

    private static int pageContaining(PDDocument pdf, String text) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (pageText(pdf, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String fontNames(List<PDFont> fonts) {
        return fonts.stream().map(PDFont::getName).distinct().collect(Collectors.joining(", "));
    }
}
