package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.followthrough.support.PdfAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A committee report as a Democratic Services officer would send it out: its wording, its front and its appendices. */
@QuarkusTest
class CommitteeReportDocumentTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    Review review;
    Plan plan;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        Person lead = Fixtures.person();
        plan = Fixtures.plan(review, lead);
        Fixtures.action(plan, lead).reference("3.2.1").title("Agree a partnership protocol").rag(Rag.RED, "Blocked")
                .create();
    }

    @Test
    void theEndorsementReportWritesDatesCountsAndTheReviewingBodyAsPeopleDo() {
        int id = create("ENDORSEMENT");
        JsonPath report = as("lead").get("/api/reports/{id}", id).then().statusCode(200).extract().jsonPath();

        assertTrue(report.getString("sections.purpose").contains(
                "from the National Association of Virtual School Heads (NAVSH)"), report.getString("sections.purpose"));
        String background = report.getString("sections.background");
        assertTrue(background.contains("on 7 and 8 June 2026"), background);
        assertTrue(background.contains("made available in June 2026"), background);
        assertTrue(background.contains("NAVSH assessed the Council against one core theme:\n"
                + "- How effective is the Virtual School?"), "the core themes are the review's scope: " + background);
        assertTrue(report.getString("sections.alternatives").contains("sets out how the areas for consideration"),
                "one area is not answered yet, so the text must not claim every area is: "
                        + report.getString("sections.alternatives"));
        assertEquals(List.of("Executive Member for Children's Services"), report.getList("front.executiveMembers"));
        assertEquals("Director of Children's Services", report.getString("front.director"));
        assertEquals("2024-27", report.getString("front.strategicPlanPeriod"));

        String html = text(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString());
        String pdfText = PdfAssertions.text(pdf(id));
        String wordText = word(id);
        for (String text : List.of(html, pdfText, wordText)) {
            assertFalse(ISO_DATE.matcher(text).find(), "no ISO date in the report: " + text);
            assertTrue(text.contains("Contribution to delivery of the 2024-27 Strategic Plan"));
            assertTrue(text.contains("Executive Member for Children's Services"), "presenters listed");
        }
    }

    @Test
    void theFrontListsThePresentersAsBulletsAndTheContactOnOneLine() {
        int id = create("ENDORSEMENT");
        var page = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString());

        assertEquals(List.of("Executive Member for Children's Services", "Director of Children's Services"),
                page.select("ul.presenters > li").eachText());
        assertEquals(1, page.select("p.contact").size());
        assertTrue(page.selectFirst("p.contact").text().matches(".+, \\S+@\\S+"), page.selectFirst("p.contact").text());
        assertTrue(page.selectFirst("caption:containsOwn(About this report)").hasClass("visually-hidden"));
    }

    @Test
    void aProgressReportHasItsOwnWordingDecisionAndAppendices() {
        int id = create("PROGRESS");
        JsonPath report = as("lead").get("/api/reports/{id}", id).then().extract().jsonPath();

        assertTrue(report.getString("sections.purpose").startsWith(
                "The purpose of this report is to update Executive on progress against the action plan"));
        assertTrue(report.getString("sections.decisions").startsWith("That Executive notes the progress made against"),
                report.getString("sections.decisions"));
        assertEquals(report.getString("sections.decisions"), report.getString("front.proposedDecision"));
        assertEquals("Appendix 1: " + plan.title + "\nAppendix 2: " + review.title
                + "\nAppendix 3: Progress since the plan was endorsed", report.getString("sections.appendices"));

        var page = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString());
        var appendices = page.select("h2:containsOwn(Appendices) + p").first();
        assertEquals(2, appendices.select("br").size(), "each appendix on its own line");
        for (String heading : List.of("Appendix 1: ", "Appendix 2: ", "Appendix 3: Progress since")) {
            assertTrue(page.select("h2").eachText().stream().anyMatch(h -> h.startsWith(heading)),
                    "the report prints " + heading);
        }
    }

    @Test
    void theActionPlanIsOnLandscapePagesAndEveryPageIsNumberedInPdfAndWord() throws IOException {
        int id = create("ENDORSEMENT");
        byte[] pdf = pdf(id);
        PdfAssertions.assertPdfUa(pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            boolean landscapeAppendix = false;
            for (int n = 1; n <= pages; n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertTrue(text.contains("Page " + n + " of " + pages), "page " + n + " is numbered: " + text);
                PDPage page = document.getPage(n - 1);
                if (text.contains("Ref Area for consideration Action Lead officer")) {
                    landscapeAppendix = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                    assertTrue(text.contains("Area for consideration") && text.contains("Success criteria")
                            && text.contains("Latest progress"), text);
                }
                if (text.contains("What is the purpose of this report?")) {
                    assertTrue(page.getMediaBox().getWidth() < page.getMediaBox().getHeight(), "the report is portrait");
                }
            }
            assertTrue(landscapeAppendix, "appendix 1 is on a landscape page");
        }
        String text = PdfAssertions.text(pdf);
        assertEquals(0, text.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06).count(),
                "no ligature code points: " + text);
        assertTrue(text.contains("Confidential") && text.contains("affected"));

        byte[] docx = as("lead").accept("*/*").get("/api/reports/{id}/preview.docx", id).asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String xml = word.getDocument().xmlText();
            assertTrue(xml.contains("w:orient=\"landscape\""), "a landscape section for appendix 1");
            assertEquals(count(xml, "<w:tbl>"), count(xml, "<w:tblGrid>"), "every table has a grid");
            String footer = word.getFooterArray(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), footer);
        }
    }

    @Test
    void theReportsPageShowsTheDocumentBodyAndThePreviewStylesheetResolves() {
        int id = create("ENDORSEMENT");

        var page = Jsoup.parse(as("lead").accept("text/html").get("/reports/{id}", id).then().statusCode(200)
                .extract().asString());
        var body = page.selectFirst(".app-document");
        var preview = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString());
        assertEquals(preview.body().text(), body.text(), "the page shows the document the PDF is made from");

        String stylesheet = preview.selectFirst("link[rel=stylesheet]").attr("href");
        anonymous().get(stylesheet).then().statusCode(200).contentType(containsString("text/css"))
                .body(containsString("@page"));
    }

    @Test
    void countsOfActionsAreRealNumbersAndASuppressedFigureAboutChildrenIsExplainedInEveryFormat() throws IOException {
        Fixtures.action(plan, Fixtures.person()).reference("3.2.2").theme(Fixtures.themeOf(review))
                .rag(Rag.AMBER, "Late").create();
        int id = create("PROGRESS");
        as("lead").body(Map.of("text", "Exclusions fell: c children were excluded last term."))
                .put("/api/reports/{id}/sections/recommendation", id).then().statusCode(200);
        as("lead").body(Map.of("text", "2 children were excluded last term."))
                .put("/api/reports/{id}/sections/risk", id).then().statusCode(200);

        as("slt").get("/api/reports/{id}/guard", id).then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.contains("SMALL_NUMBER"))
                .body("[0].where", containsString("Risk"));

        var page = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString());
        var row = page.select("table:has(caption:containsOwn(RAG and status by theme)) tbody tr").first();
        assertEquals(List.of("1", "0", "1", "0", "0", "0"), row.select("td.number").eachText(),
                "one Amber action is shown as 1, never as c");
        byte[] pdf = pdf(id);
        PdfAssertions.assertPdfUa(pdf);
        String note = "c: a figure about fewer than five children, not published so that no child can be identified.";
        for (String text : List.of(page.body().text(), PdfAssertions.text(pdf), word(id))) {
            assertTrue(text.contains(note), "c is explained: " + text);
        }
    }

    @Test
    void theMovementSentenceWritesItsCountsInWords() {
        var progress = new ReportDocument.Progress(List.of(), "", "", "Autumn 2026", 1, 12, 0, List.of(), List.of());
        assertEquals("Against the RAG agreed at the Autumn 2026 review: one improved, twelve the same, none worse.",
                progress.movement());
        assertEquals("No termly review has been signed off yet.", new ReportDocument.Progress(List.of(), "", "",
                null, 0, 0, 0, List.of(), List.of()).movement());
    }

    @Test
    void backgroundPapersAreTheSeedsTableEditedInTheBrowser() throws IOException {
        int id = create("ENDORSEMENT");
        String reportPage = "/reports/" + id;
        var empty = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString());
        assertEquals(List.of("Body", "Report title", "Date", "Not applicable"),
                empty.select("table.background-papers th, table.background-papers td:not(:empty)").eachText());

        io.followthrough.support.Browser lead = io.followthrough.support.Browser.signedInAs("lead");
        Map<String, String> form = frontForm(lead.get(reportPage).asString());
        form.put("paper-1-body", "Executive");
        form.put("paper-1-title", "");
        form.put("paper-1-date-day", "31");
        form.put("paper-1-date-month", "2");
        form.put("paper-1-date-year", "2022");
        var refused = Jsoup.parse(lead.submit(reportPage, reportPage, form).then().statusCode(400)
                .extract().asString());
        assertTrue(refused.selectFirst(".govuk-error-summary").text().contains("must be a real date"),
                refused.selectFirst(".govuk-error-summary").text());
        assertEquals("Executive", refused.selectFirst("input[name=paper-1-body]").val(), "what was typed is kept");
        form.put("paper-1-date-day", "14");
        refused = Jsoup.parse(lead.submit(reportPage, reportPage, form).then().statusCode(400)
                .extract().asString());
        assertTrue(refused.selectFirst(".govuk-error-summary a[href=#paper-1-title]").text()
                .contains("Enter the title of background paper 1"));

        form.put("paper-1-title", "Virtual School peer review action plan");
        lead.submit(reportPage, reportPage, form).then().statusCode(303);
        var page = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString());
        assertEquals(List.of("Executive", "Virtual School peer review action plan", "14 February 2022"),
                page.select("table.background-papers tbody td").eachText());
        assertEquals("Virtual School peer review action plan",
                Jsoup.parse(lead.get(reportPage).asString()).selectFirst("input[name=paper-1-title]").val());
        byte[] pdf = pdf(id);
        PdfAssertions.assertPdfUa(pdf);
        for (String text : List.of(PdfAssertions.text(pdf), word(id).replaceAll("\\s+", " "))) {
            assertTrue(text.contains("Body Report title Date Executive Virtual School peer review action plan "
                    + "14 February 2022"), text);
        }
        io.followthrough.support.Browser slt = io.followthrough.support.Browser.signedInAs("slt");
        slt.request().formParams(form).formParam("csrf-token", slt.csrfFrom(slt.get("/sign-in").asString()))
                .post(reportPage).then().statusCode(403);
    }

    @Test
    void aReviewReceivedAsPdfHasItsOwnPagesAppendedToTheReportsPdfWhichStaysPdfUa() throws IOException {
        int withoutOriginal = create("ENDORSEMENT");
        int renderedPages;
        try (PDDocument document = Loader.loadPDF(pdf(withoutOriginal))) {
            renderedPages = document.getNumberOfPages();
        }
        byte[] received;
        try (var in = getClass().getResourceAsStream("/io/followthrough/review/importing/renderings/ofsted-ilacs.pdf")) {
            received = in.readAllBytes();
        }
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Review stored = Review.findById(review.id);
            stored.document = received;
            stored.documentName = "ofsted-ilacs.pdf";
            stored.documentMediaType = "application/pdf";
        });
        int id = create("ENDORSEMENT");

        byte[] pdf = pdf(id);
        PdfAssertions.assertPdfUa(pdf);
        try (PDDocument report = Loader.loadPDF(pdf); PDDocument original = Loader.loadPDF(received)) {
            int originalPages = original.getNumberOfPages();
            assertEquals(renderedPages + originalPages, report.getNumberOfPages(), "the review's own pages follow");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String firstOriginalPage = stripper.getText(original).strip();
            stripper.setStartPage(renderedPages + 1);
            stripper.setEndPage(renderedPages + 1);
            assertEquals(firstOriginalPage, stripper.getText(report).strip());
        }
        String note = "follows this appendix in the PDF of this report";
        String html = text(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString());
        assertTrue(html.contains("The review as received (ofsted-ilacs.pdf, ") && html.contains(note), html);
        assertTrue(word(id).contains(note), "the Word file says where the review as received is");
    }

    /** The values of the report's form, the front and the sections, as the page shows them. */
    private static Map<String, String> frontForm(String html) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        var form = Jsoup.parse(html).selectFirst("main form[method=post]");
        form.select("input[name], textarea[name]").forEach(field -> {
            if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
                values.put(field.attr("name"), field.is("textarea") ? field.wholeText() : field.val());
            }
        });
        values.remove("csrf-token");
        return values;
    }

    private int create(String kind) {
        return as("lead").body(Map.of("kind", kind, "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
    }

    private static byte[] pdf(int id) {
        return as("lead").accept("*/*").get("/api/reports/{id}/preview.pdf", id).then().statusCode(200).extract()
                .asByteArray();
    }

    private static String word(int id) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                as("lead").accept("*/*").get("/api/reports/{id}/preview.docx", id).asByteArray())))) {
            return extractor.getText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(String html) {
        return Jsoup.parse(html).body().text();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
