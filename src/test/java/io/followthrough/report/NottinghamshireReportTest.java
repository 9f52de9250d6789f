package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.review.importing.DraftEditor;
import io.followthrough.review.importing.ImportService;
import io.followthrough.review.importing.ReviewDraft;
import io.followthrough.review.importing.UnplacedText;
import io.followthrough.support.Fixtures;
import io.followthrough.support.PdfAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.followthrough.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof against the seed documents: the Nottinghamshire letter, read by the importer as the demo reads it, answered
 * by a plan, gives an endorsement report whose headings follow the Middlesbrough report in HTML, PDF and Word.
 */
@QuarkusTest
class NottinghamshireReportTest {

    @Inject
    ImportService imports;

    @Test
    void theEndorsementReportForTheNottinghamshirePlanFollowsTheSeedReportInEveryFormat() throws Exception {
        byte[] letter;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/nottinghamshire-peer-challenge.md")) {
            letter = in.readAllBytes();
        }
        long draftId = imports.upload("nottinghamshire-peer-challenge.md", letter).id();
        imports.edit(draftId, draft -> {
            ReviewDraft tidied = draft;
            for (UnplacedText text : draft.unplaced()) {
                tidied = DraftEditor.discard(tidied, text.id());
            }
            return tidied;
        });
        long reviewId = imports.confirm(draftId);
        Person lead = Fixtures.person();
        long planId = ((Number) as("lead").body(Map.of("title", "Virtual School Peer Challenge Action Plan",
                "reviewIds", List.of(reviewId), "leadId", lead.id)).post("/api/plans").then().statusCode(201)
                .extract().path("id")).longValue();
        JsonPath coverage = as("lead").get("/api/plans/{id}/coverage", planId).then().extract().jsonPath();
        List<String> titles = new ArrayList<>();
        for (Integer findingId : coverage.<Integer>getList("areas.findingId")) {
            titles.add(as("lead").post("/api/plans/{id}/actions/from-finding/{findingId}", planId, findingId)
                    .then().statusCode(201).extract().path("title"));
        }
        assertEquals(29, titles.size(), "one action for each area for consideration of the letter");

        int reportId = as("lead").body(Map.of("kind", "ENDORSEMENT", "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", planId).then().statusCode(201).extract().path("id");

        String html = as("lead").accept("text/html").get("/api/reports/{id}/preview.html", reportId).asString()
                .replace("&#39;", "'").replace("&amp;", "&");
        byte[] pdf = as("lead").accept("*/*").get("/api/reports/{id}/preview.pdf", reportId).asByteArray();
        PdfAssertions.assertPdfUa(pdf);
        String pdfText = PdfAssertions.text(pdf);
        String wordText;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                as("lead").accept("*/*").get("/api/reports/{id}/preview.docx", reportId).asByteArray())))) {
            wordText = extractor.getText();
        }
        for (String text : List.of(html, pdfText, wordText)) {
            int from = 0;
            for (String heading : ReportResourceTest.SEED_HEADINGS) {
                int at = text.indexOf(heading, from);
                assertTrue(at >= 0, "'" + heading + "' in order");
                from = at + heading.length();
            }
        }
        List<Integer> numbers = Pattern.compile("<span class=\"paragraph-number\">(\\d+)\\.</span>").matcher(html)
                .results().map(r -> Integer.parseInt(r.group(1))).toList();
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i), "paragraphs numbered 1 to n: " + numbers);
        }
        String flatHtml = html.replaceAll("\\s+", " ");
        for (String title : titles) {
            assertTrue(flatHtml.contains(title.replaceAll("\\s+", " ")), "appendix 1 lists " + title);
        }
    }
}
