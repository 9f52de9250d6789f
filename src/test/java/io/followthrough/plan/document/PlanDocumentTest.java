package io.followthrough.plan.document;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.followthrough.support.PdfAssertions;
import io.followthrough.support.PlanLife;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The action plan document: the plan as councils circulate it, in PDF, Word and Excel, landscape and grouped by theme
 * in appendix 1's columns, with the plan's record on its cover.
 */
@QuarkusTest
class PlanDocumentTest {

    private static final String FORMULA = "=HYPERLINK(\"https://example.com\",\"Click\")";

    @Inject
    PlanDocuments documents;

    Plan plan;
    Theme first;
    Theme second;
    Action training;
    Action protocol;

    @BeforeEach
    void arrange() {
        Person lead = Fixtures.personSigningInAs("lead");
        Fixtures.personSigningInAs("officer");
        Review review = Fixtures.review();
        first = Fixtures.themeOf(review);
        second = QuarkusTransaction.requiringNew().call(() -> {
            Review r = Review.findById(review.id);
            Theme theme = r.addTheme("3.3", "How well does the Virtual School hold schools to account?");
            r.persist();
            return theme;
        });
        plan = Fixtures.plan(review, lead);
        protocol = Fixtures.action(plan, lead).reference("3.2.1").theme(first)
                .title("Agree an information-sharing protocol with children's social care").create();
        training = Fixtures.action(plan, lead).reference("3.3.1").theme(second)
                .title("Train every designated teacher in the new Personal Education Plan")
                .rag(Rag.AMBER, "Two trainers left")
                .create();
        Fixtures.action(plan, lead).reference("3.3.2").theme(second).title("Publish the annual report")
                .status(ActionStatus.COMPLETE).create();
        as("lead").body(Map.of("narrative", FORMULA, "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", protocol.id).then().statusCode(201);
    }

    @Test
    void thePdfIsPdfUaOnLandscapePagesWithEveryThemeAndAction() throws IOException {
        byte[] pdf = as("officer").accept(PlanDocuments.PDF).get("/api/plans/{id}/document.pdf", plan.id)
                .then().statusCode(200).contentType(PlanDocuments.PDF)
                .header("Content-Disposition", containsString(".pdf")).extract().asByteArray();
        save("plan-document.pdf", pdf);
        PdfAssertions.assertPdfUa(pdf);
        String text = PdfAssertions.text(pdf);
        assertTrue(text.contains(first.heading()), "the first theme heads its actions: " + text);
        assertTrue(text.contains(second.heading()), "the second theme heads its actions");
        assertTrue(text.contains("Agree an information-"), "an action's title is there");
        assertTrue(text.contains("Train every designated teacher"), "another action's title is there");
        assertTrue(text.contains("Area for consideration") && text.contains("Latest progress"), "appendix 1's columns");
        assertTrue(text.contains("Not yet endorsed"), "the cover says honestly that the plan is not endorsed");
        assertTrue(text.contains(plan.title), "the cover names the plan");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "a cover, then the table");
            for (PDPage page : document.getPages()) {
                assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "every page is landscape");
            }
        }
    }

    @Test
    void theWordFileIsALandscapeSectionWithTheTablesGridAndThemeHeadings() throws IOException {
        byte[] docx = as("slt").accept(PlanDocuments.Format.DOCX.mediaType())
                .get("/api/plans/{id}/document.docx", plan.id).then().statusCode(200)
                .contentType(PlanDocuments.Format.DOCX.mediaType()).extract().asByteArray();
        save("plan-document.docx", docx);
        String xml = entry(docx, "word/document.xml");
        assertTrue(xml.contains("w:orient=\"landscape\""), "the pages are landscape");
        assertFalse(xml.replace("w:orient=\"landscape\"", "").contains("w:orient="), "and only landscape");
        assertTrue(xml.contains("<w:tblGrid>"), "the table has a grid");
        assertTrue(xml.contains(escaped(first.heading())) && xml.contains(escaped(second.heading())),
                "the themes head their actions");
        assertTrue(xml.contains("Train every designated teacher"), "the actions are there");
        assertTrue(xml.contains("Not yet endorsed"), "the cover says the plan is not endorsed");
    }

    @Test
    void theWorkbookHasACoverAndOneFilterableSheetWithAFormulaLookingUpdateKeptAsText() throws IOException {
        byte[] xlsx = as("lead").accept(PlanDocuments.XLSX).get("/api/plans/{id}/document.xlsx", plan.id)
                .then().statusCode(200).contentType(PlanDocuments.XLSX).extract().asByteArray();
        save("plan-document.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Cover", workbook.getSheetName(0));
            assertEquals("Action plan", workbook.getSheetName(1));
            List<String> cover = new ArrayList<>();
            workbook.getSheet("Cover").forEach(row -> cover.add(row.getCell(0).getStringCellValue() + ": "
                    + row.getCell(1).getStringCellValue()));
            assertTrue(cover.contains("Plan: " + plan.title), cover.toString());
            assertTrue(cover.stream().anyMatch(l -> l.startsWith("Endorsement: Not yet endorsed")), cover.toString());

            XSSFSheet sheet = workbook.getSheet("Action plan");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("Theme", "Ref", "Area for consideration", "Action", "Lead officer", "Target date",
                    "Term", "Success criteria", "Status", "RAG", "Latest progress"), header);
            assertEquals(3, sheet.getLastRowNum(), "a row for each action under the header");
            assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "the header row filters");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");

            Row protocolRow = rowOf(sheet, "3.2.1");
            assertEquals(first.heading(), protocolRow.getCell(0).getStringCellValue());
            Cell target = protocolRow.getCell(5);
            assertTrue(DateUtil.isCellDateFormatted(target), "the target date is a date to sort and filter by");
            assertEquals(LocalDate.of(2027, 3, 31), target.getLocalDateTimeCellValue().toLocalDate());
            Cell progress = protocolRow.getCell(10);
            assertEquals(CellType.STRING, progress.getCellType(), "an update that looks like a formula is text");
            assertEquals(FORMULA, progress.getStringCellValue());
            assertTrue(progress.getCellStyle().getQuotePrefixed(), "and stays text when edited in Excel");
            assertEquals("Amber", rowOf(sheet, "3.3.1").getCell(9).getStringCellValue());
        }
    }

    @Test
    void councillorsAreRefusedThePlanDocumentUntilThePlanIsEndorsed() {
        Fixtures.personSigningInAs("councillor");
        for (String format : List.of("pdf", "docx", "xlsx")) {
            as("councillor").accept("*/*").get("/api/plans/{id}/document." + format, plan.id).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("once the plan is endorsed"));
        }
        Browser.signedInAs("councillor").get("/plans/" + plan.id + "/document").then().statusCode(403);
        Browser.signedInAs("councillor").get("/plans/" + plan.id).then().statusCode(200)
                .body(not(containsString("/plans/" + plan.id + "/document")));
    }

    @Test
    void councillorsReadTheDocumentOnceThePlanIsEndorsedWithTheDecisionOnItsCover() throws IOException {
        Fixtures.personSigningInAs("councillor");
        PlanLife endorsed = PlanLife.endorsed();
        byte[] pdf = as("councillor").accept("*/*").get("/api/plans/{id}/document.pdf", endorsed.plan.id).then()
                .statusCode(200).extract().asByteArray();
        String text = PdfAssertions.text(pdf);
        for (String expected : List.of("Endorsed by Executive", "Meeting date 14 February 2022", "Minute EX 22/51",
                "Report endorsed Version 1 of the committee report")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        for (String format : List.of("docx", "xlsx")) {
            as("councillor").accept("*/*").get("/api/plans/{id}/document." + format, endorsed.plan.id).then()
                    .statusCode(200);
        }
        Browser.signedInAs("councillor").get("/plans/" + endorsed.plan.id + "/document").then().statusCode(200);
    }

    @Test
    void nobodySignedInIsSentToSignInAndAMissingPlanIsNotFound() {
        anonymous().accept("*/*").get("/api/plans/{id}/document.pdf", plan.id).then().statusCode(401);
        Browser.anonymous().get("/plans/" + plan.id + "/document").then().statusCode(302)
                .header("Location", containsString("/sign-in?return="));
        as("lead").accept("*/*").get("/api/plans/0/document.xlsx").then().statusCode(404)
                .contentType("application/problem+json");
        Browser.signedInAs("lead").get("/plans/0/document").then().statusCode(404);
    }

    @Test
    void thePageListsTheThreeDownloadsWithTheirSizesAndThePlanPageLinksToIt() {
        Browser officer = Browser.signedInAs("officer");
        officer.get("/plans/" + plan.id).then().statusCode(200)
                .body(containsString("href=\"/plans/" + plan.id + "/document\""));
        String html = officer.get("/plans/" + plan.id + "/document").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertEquals("Action plan document", page.selectFirst("h1").text());
        for (String format : List.of("pdf", "docx", "xlsx")) {
            assertNotNull(page.selectFirst("a[href=/api/plans/" + plan.id + "/document." + format + "]"), format);
        }
        String downloads = page.select("ul.govuk-list li").text();
        assertTrue(downloads.matches("(?s).*\\(PDF, \\d+ KB, \\d+ pages?\\).*"), downloads);
        assertTrue(downloads.matches("(?s).*\\(DOCX, \\d+ KB\\).*"), downloads);
        assertTrue(downloads.matches("(?s).*\\(XLSX, \\d+ KB\\).*"), downloads);
        assertTrue(page.text().contains("3 actions in 2 themes"), page.text());
        assertTrue(page.text().contains("Not yet endorsed"), "the endorsement is shown as it stands");
    }

    @Test
    void anEndorsedPlansCoverGivesTheDecisionItsBodyMeetingMinuteAndReport() throws IOException {
        PlanDocument doc = new PlanDocument(1, "Endorsed-plan", "Example Council", "Virtual School action plan",
                "Review action plan", List.of("NAVSH peer review (NAVSH, 30 June 2026)"),
                "Jane Smith, Virtual School Head",
                "Endorsed", LocalDate.of(2027, 3, 1),
                new EndorsementRecord("Executive", LocalDate.of(2027, 2, 14), "Minute 23/45", "Version 2"),
                largePlan());
        byte[] pdf = documents.render(doc, PlanDocuments.Format.PDF);
        save("plan-document-endorsed.pdf", pdf);
        save("plan-document-endorsed.docx", documents.render(doc, PlanDocuments.Format.DOCX));
        PdfAssertions.assertPdfUa(pdf);
        String text = PdfAssertions.text(pdf);
        for (String expected : List.of("Endorsed by Executive", "Meeting date 14 February 2027", "Minute 23/45",
                "Report endorsed Version 2", "3.3 Outcomes and impact")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("Not yet endorsed"));
    }

    /** Fifteen actions in three themes, written as long as real ones, to lay out over several pages. */
    private static ActionPlanTable largePlan() {
        String[] themes = {"3.1 Leadership and governance", "3.2 Partnership working", "3.3 Outcomes and impact"};
        List<ActionPlanTable.ActionRow> rows = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            int theme = (i - 1) / 5;
            rows.add(new ActionPlanTable.ActionRow((theme + 1) + "." + i, themes[theme],
                    List.of("Consider how the Virtual School can work with schools and social care so that every "
                            + "child in care has a Personal Education Plan of good quality, reviewed each term."),
                    "Agree a protocol with the admissions team for school moves of children in care, action " + i,
                    "Jane Smith, Virtual School Head", LocalDate.of(2027, 2, 14), "Spring 2027",
                    "Every child in care who moves placement has a school place within twenty school days",
                    i % 3 == 0 ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS, i % 4 == 0 ? Rag.RED : Rag.GREEN,
                    "Designated teachers trained in every secondary school; the protocol with admissions was agreed "
                            + "in March and is now in use"));
        }
        return new ActionPlanTable(rows);
    }

    @Test
    void theDocumentsTableIsAppendixOnesTable() {
        ActionPlanTable table = new ActionPlanTable(List.of(new ActionPlanTable.ActionRow("1.1", "1 Leadership",
                List.of("An area"), "Appoint a deputy", "Jane Smith", LocalDate.of(2027, 6, 30), "Summer 2027",
                "A deputy is in post", ActionStatus.IN_PROGRESS, Rag.GREEN, "Interviews held")));
        PlanDocument doc = new PlanDocument(1, "plan", "Example Council", "Plan", "Review action plan", List.of(),
                "Jane Smith", "Draft", LocalDate.of(2027, 3, 1), null, table);
        Document html = Jsoup.parse(documents.html(doc));
        List<String> headings = html.select("table.action-plan thead th").eachText();
        assertEquals(table.columns().stream().map(ActionPlanTable.Column::heading).toList(), headings);
        assertEquals(List.of("width: 4%", "width: 18%", "width: 16%", "width: 10%", "width: 8%", "width: 14%",
                "width: 7%", "width: 7%", "width: 16%"), html.select("table.action-plan col").eachAttr("style"));
        assertEquals("1 Leadership", html.selectFirst("table.action-plan tr.group th").text());
    }

    private static Row rowOf(XSSFSheet sheet, String reference) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && reference.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + reference);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&apos;").replace("\"", "&quot;");
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the file");
    }

    private static void save(String name, byte[] content) throws IOException {
        Path target = Path.of("target", "documents");
        Files.createDirectories(target);
        Files.write(target.resolve(name), content);
    }
}
