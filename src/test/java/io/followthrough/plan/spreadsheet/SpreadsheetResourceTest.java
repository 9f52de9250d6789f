package io.followthrough.plan.spreadsheet;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SpreadsheetResourceTest {

    static final List<String> COLUMNS = List.of("Ref", "Theme", "Finding", "Action", "Lead officer", "Job title",
            "Partners", "Start", "Target date", "Term", "Success criteria", "Status", "RAG", "RAG reason",
            "Latest update", "Updated on");

    Review review;
    Person lead;
    Partner partner;
    Plan plan;
    Action red;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
        lead = Fixtures.person();
        partner = Fixtures.partner();
        plan = Fixtures.plan(review, lead);
        red = Fixtures.action(plan, lead).reference("3.2.1").theme(Fixtures.themeOf(review)).supportedBy(partner)
                .title("Agree a PEP protocol, with social care").rag(Rag.RED, "Data sharing blocked; escalated")
                .targetDate(LocalDate.of(2027, 3, 31)).create();
        Fixtures.action(plan, lead).reference("3.2.2").title("Train designated teachers").create();
        as("lead").body(Map.of("narrative", "Protocol drafted, \"quoted\",\nover two lines", "status", "IN_PROGRESS",
                "rag", "RED", "reason", "Data sharing blocked; escalated")).post("/api/actions/{id}/updates", red.id)
                .then().statusCode(201);
    }

    private byte[] exportXlsx() {
        return as("councillor").accept("*/*").get("/api/plans/{id}/export.xlsx", plan.id).then().statusCode(200)
                .contentType(containsString("spreadsheetml")).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
    }

    private ValidatableResponse importFile(String name, byte[] content) {
        return as("lead").contentType("multipart/form-data").multiPart("file", name, content)
                .post("/api/plans/{id}/import", plan.id).then();
    }

    @Test
    void theExcelExportHasTheCouncilColumnsAndARowPerAction() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exportXlsx()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(COLUMNS, header);
            assertEquals(2, sheet.getLastRowNum());
            Row first = sheet.getRow(1);
            assertEquals("3.2.1", first.getCell(0).getStringCellValue());
            assertEquals(lead.name, first.getCell(4).getStringCellValue());
            assertEquals(partner.name, first.getCell(6).getStringCellValue());
            assertEquals(LocalDate.of(2027, 3, 31), first.getCell(8).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Red", first.getCell(12).getStringCellValue());
            assertTrue(first.getCell(14).getStringCellValue().startsWith("Protocol drafted"));
        }
    }

    @Test
    void theCsvExportQuotesCommasQuotesAndLineBreaks() {
        String csv = new String(as("slt").accept("*/*").get("/api/plans/{id}/export.csv", plan.id).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(String.join(",", COLUMNS)), csv);
        assertTrue(csv.contains("\"Agree a PEP protocol, with social care\""), csv);
        assertTrue(csv.contains("\"Protocol drafted, \"\"quoted\"\",\nover two lines\""), csv);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedAndStillImportUnchanged() {
        Action formulas = Fixtures.action(plan, lead).reference("3.2.9").title("=HYPERLINK(\"https://evil.example\",\"Click\")")
                .rag(Rag.AMBER, "+cmd|' /C calc'!A0").create();
        as("lead").body(Map.of("narrative", "@SUM(1+1)", "status", "IN_PROGRESS", "rag", "AMBER",
                "reason", "-2+3")).post("/api/actions/{id}/updates", formulas.id).then().statusCode(201);
        String csv = new String(as("slt").accept("*/*").get("/api/plans/{id}/export.csv", plan.id).then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\""), csv);
        assertTrue(csv.contains(",'@SUM(1+1),"), csv);
        assertTrue(csv.contains(",'-2+3,"), csv);
        for (String cell : csv.split("[,\r\n]+")) {
            assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, "an active cell: " + cell);
        }
        importFile("plan.csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("changes", empty())
                .body("errors", empty());
    }

    @Test
    void thePreviewRefusesWhatSavingTheActionWouldRefuseAndAChildsNameInTheLatestUpdate() {
        String csv = new String(as("lead").accept("*/*").get("/api/plans/{id}/export.csv", plan.id).asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("Train designated teachers"), csv);
        // A title over the action's limit is refused by the same check the API makes, not found at confirmation.
        importFile("plan.csv", csv.replace("Train designated teachers", "Train " + "x".repeat(600))
                .getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("errors.find { it.column == 'Action' }.message", containsString("500 characters or fewer"));
        // An update's text becomes part of the record: a configured child's name is refused, as it is in the API.
        importFile("plan.csv", csv.replace("Protocol drafted", "Jayden's protocol drafted")
                .getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("errors.find { it.column == 'Latest update' }.message", containsString("name"));
    }

    @Test
    void exportingAndImportingWithNoEditsChangesNothingInEitherFormat() {
        importFile("plan.xlsx", exportXlsx()).statusCode(200).body("changes", empty()).body("errors", empty());
        byte[] csv = as("lead").accept("*/*").get("/api/plans/{id}/export.csv", plan.id).asByteArray();
        importFile("plan.csv", csv).statusCode(200).body("changes", empty()).body("errors", empty());
    }

    @Test
    void anEditedSheetPreviewsEveryChangeAndRowErrorAndWritesNothingUntilConfirmed() throws Exception {
        byte[] edited;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exportXlsx()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row second = sheet.getRow(2);
            second.getCell(12).setCellValue("Amber");
            second.getCell(13).setCellValue("Trainer off sick; cover booked");
            second.getCell(14).setCellValue("Two of four sessions delivered");
            Row added = sheet.createRow(3);
            String[] values = {"3.2.3", "", "", "Publish the vision", lead.name, "", "", "", "31/07/2027", "", "",
                    "Not started", "Not yet rated", "", "", ""};
            for (int c = 0; c < values.length; c++) {
                added.createCell(c).setCellValue(values[c]);
            }
            Row bad = sheet.createRow(4);
            String[] wrong = {"3.2.4", "", "", "Bad row", "Nobody Known", "", "", "", "next spring", "", "",
                    "Started", "Purple", "", "", ""};
            for (int c = 0; c < wrong.length; c++) {
                bad.createCell(c).setCellValue(wrong[c]);
            }
            workbook.write(out);
            edited = out.toByteArray();
        }

        int previewId = importFile("edited.xlsx", edited).statusCode(200)
                .body("newActions", equalTo(1))
                .body("newUpdates", equalTo(1))
                .body("changes.kind", hasItem("NEW_ACTION"))
                .body("changes.find { it.kind == 'NEW_UPDATE' }.newValue", equalTo("Two of four sessions delivered"))
                .body("errors", hasSize(4))
                .body("errors.column", hasItem("Lead officer"))
                .body("errors.column", hasItem("Target date"))
                .body("errors.column", hasItem("Status"))
                .body("errors.column", hasItem("RAG"))
                .body("errors[0].row", equalTo(5))
                .extract().path("id");
        as("lead").get("/api/plans/{id}/actions", plan.id).then().body("total", equalTo(2));

        as("lead").post("/api/plans/{id}/import/{previewId}/confirm", plan.id, previewId).then().statusCode(400)
                .body("detail", containsString("Correct the rows"));
    }

    @Test
    void aCleanImportIsAppliedOnConfirmationAndOnlyOnce() {
        String csv = new String(as("lead").accept("*/*").get("/api/plans/{id}/export.csv", plan.id).asByteArray(),
                StandardCharsets.UTF_8).replace("Train designated teachers", "Train every designated teacher");
        int previewId = importFile("plan.csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("changes", hasSize(1)).body("changes[0].field", equalTo("Action"))
                .extract().path("id");
        as("lead").post("/api/plans/{id}/import/{previewId}/confirm", plan.id, previewId).then().statusCode(200);
        as("lead").queryParam("sort", "REFERENCE").get("/api/plans/{id}/actions", plan.id).then()
                .body("items.title", hasItem("Train every designated teacher"));
        as("lead").post("/api/plans/{id}/import/{previewId}/confirm", plan.id, previewId).then().statusCode(409);
    }

    @Test
    void theFindingsColumnLinksActionsToAreasAndThePreviewShowsIt() {
        String csv = new String(as("lead").accept("*/*").get("/api/plans/{id}/export.csv", plan.id).asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("3.2.2,,,Train designated teachers"), csv);
        String linked = csv.replace("3.2.2,,,Train designated teachers",
                "3.2.2,,Hold all partners to account.,Train designated teachers");
        importFile("plan.csv", csv.replace("3.2.2,,,Train designated teachers",
                "3.2.2,,Hold nobody to account.,Train designated teachers").getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("errors[0].column", equalTo("Finding"))
                .body("errors[0].message", containsString("Hold nobody to account."));
        int previewId = importFile("plan.csv", linked.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("errors", empty()).body("changes", hasSize(1))
                .body("changes[0].field", equalTo("Finding"))
                .body("changes[0].newValue", equalTo("Hold all partners to account."))
                .extract().path("id");
        as("lead").post("/api/plans/{id}/import/{previewId}/confirm", plan.id, previewId).then().statusCode(200);
        long area = Fixtures.areasOf(review).stream().filter(f -> f.text.equals("Hold all partners to account."))
                .findFirst().orElseThrow().id;
        long second = as("lead").get("/api/plans/{id}/actions", plan.id).then().extract()
                .jsonPath().getLong("items.find { it.reference == '3.2.2' }.id");
        as("lead").get("/api/actions/{id}", second).then().statusCode(200)
                .body("findingIds", org.hamcrest.Matchers.contains((int) area));
    }

    @Test
    void anImportMadeStaleByAnotherChangeIsRefused() {
        String csv = new String(as("lead").accept("*/*").get("/api/plans/{id}/export.csv", plan.id).asByteArray(),
                StandardCharsets.UTF_8).replace("Train designated teachers", "Train more teachers");
        int previewId = importFile("plan.csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode(200).extract().path("id");
        long second = as("lead").get("/api/plans/{id}/actions", plan.id).then().extract()
                .jsonPath().getLong("items.find { it.reference == '3.2.2' }.id");
        as("lead").body(Map.of("narrative", "Meanwhile", "status", "IN_PROGRESS", "rag", "AMBER",
                "reason", "Trainer off sick")).post("/api/actions/{id}/updates", second).then().statusCode(201);
        as("lead").post("/api/plans/{id}/import/{previewId}/confirm", plan.id, previewId).then().statusCode(409)
                .body("detail", containsString("changed since this preview"));
    }

    @Test
    void somethingThatIsNotASpreadsheetIsRefusedClearly() {
        importFile("plan.xlsx", "PK not really a zip".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        importFile("plan.csv", "Name,Age\nx,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("detail", containsString("no column called Ref"));
    }

    @Test
    void onlyTheLeadImports() {
        as("officer").contentType("multipart/form-data").multiPart("file", "plan.csv", "x".getBytes())
                .post("/api/plans/{id}/import", plan.id).then().statusCode(403);
        as("councillor").contentType("multipart/form-data").multiPart("file", "plan.csv", "x".getBytes())
                .post("/api/plans/{id}/import", plan.id).then().statusCode(403);
    }
}
