package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.followthrough.support.PdfAssertions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endorsement report follows the Middlesbrough report of the seed documents, heading by heading. */
@QuarkusTest
class ReportResourceTest {

    static final List<String> SEED_HEADINGS = List.of("Summary", "Proposed decision(s)", "Ward(s) affected",
            "What is the purpose of this report?", "Why does this report require a Member decision?",
            "Report background", "What decision(s) are being asked for?", "Why is this being recommended?",
            "Other potential decisions and why these have not been recommended", "Impact(s) of recommended decision(s)",
            "Legal", "Financial", "Policy Framework", "Equality and Diversity", "Risk",
            "Actions to be taken to implement the decision(s)", "Appendices", "Background papers", "Contact");

    Plan plan;
    int reportId;

    @BeforeEach
    void arrange() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        plan = Fixtures.plan(review, lead);
        Fixtures.action(plan, lead).reference("3.2.1").title("Agree a partnership protocol").rag(Rag.RED, "Blocked").create();
        Fixtures.action(plan, lead).reference("3.2.2").title("Measure the impact of Pupil Premium Plus").create();
        reportId = as("lead").body(Map.of("kind", "ENDORSEMENT", "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201)
                .body("sections.decisions", equalTo("That Executive receives and notes the outcomes of the "
                        + review.title + " and endorses the accompanying action plan."))
                .body("sections.background", containsString("assessed the Council against one core theme:\n"
                        + "- How effective is the Virtual School?"))
                .body("sections.financial", equalTo(""))
                .extract().path("id");
    }

    private static void assertInOrder(String text, List<String> headings) {
        int from = 0;
        for (String heading : headings) {
            int at = text.indexOf(heading, from);
            assertTrue(at >= 0, "'" + heading + "' should follow the headings before it");
            from = at + heading.length();
        }
    }

    private static void assertNumberedOneToN(String text) {
        Matcher m = Pattern.compile("(\\d+)\\. ").matcher(text);
        List<Integer> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        assertTrue(numbers.size() > 5, "paragraphs are numbered");
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i), "paragraph numbers run 1 to n without gaps or repeats: " + numbers);
        }
    }

    @Test
    void theHtmlPreviewHasEverySeedHeadingInOrderNumbersParagraphsOnceAndListsEveryAction() {
        String html = as("slt").accept("text/html").get("/api/reports/{id}/preview.html", reportId).then()
                .statusCode(200).extract().asString().replace("&#39;", "'");
        assertInOrder(html, SEED_HEADINGS);
        String numbered = String.join(" ", Pattern.compile("<span class=\"paragraph-number\">(\\d+\\.)</span>")
                .matcher(html).results().map(r -> r.group(1) + " ").toList());
        assertNumberedOneToN(numbered);
        assertTrue(html.contains("Agree a partnership protocol") && html.contains("Measure the impact of Pupil Premium Plus"));
        assertTrue(html.contains("Hold all partners to account."), "appendix 2 lists the review's findings");
    }

    @Test
    void thePdfIsAccessibleAndReadsTheSame() {
        byte[] pdf = as("slt").accept("*/*").get("/api/reports/{id}/preview.pdf", reportId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        PdfAssertions.assertPdfUa(pdf);
        String text = PdfAssertions.text(pdf);
        assertInOrder(text, SEED_HEADINGS);
        assertTrue(text.contains("Agree a partnership protocol"));
    }

    @Test
    void theWordDocumentHasEverySeedHeadingInOrder() throws Exception {
        byte[] docx = as("slt").accept("*/*").get("/api/reports/{id}/preview.docx", reportId).then().statusCode(200)
                .extract().asByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            String text = extractor.getText();
            assertInOrder(text, SEED_HEADINGS);
            assertTrue(text.contains("Agree a partnership protocol"), "appendix 1 lists every action");
            assertTrue(word.getParagraphs().stream().anyMatch(p -> "Report background".equals(p.getText())
                    && p.getStyle() != null && p.getStyle().startsWith("Heading")));
        }
    }

    @Test
    void theAuthorEditsASectionAndTheNumberingFollows() {
        as("lead").body(Map.of("text", "The review found a strong team.\n\nIt also found work to do."))
                .put("/api/reports/{id}/sections/purpose", reportId).then().statusCode(200)
                .body("sections.purpose", containsString("work to do"));
        String html = as("lead").accept("text/html").get("/api/reports/{id}/preview.html", reportId).asString();
        assertTrue(html.contains("<span class=\"paragraph-number\">2.</span> It also found work to do."), html);
        as("lead").body(Map.of("text", "x")).put("/api/reports/{id}/sections/nonsense", reportId).then().statusCode(404);
        as("lead").body(Map.of("text", "About A123456789012")).put("/api/reports/{id}/sections/purpose", reportId)
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
    }

    @Test
    void aProgressReportAddsThemesExceptionsAndReprogrammingAndStaysAccessible() throws Exception {
        int progress = as("lead").body(Map.of("kind", "PROGRESS", "body", "Corporate Parenting Board",
                        "meetingDate", "2027-06-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
        String html = as("slt").accept("text/html").get("/api/reports/{id}/preview.html", progress).asString();
        assertTrue(html.contains("Appendix 3: Progress since the plan was endorsed"));
        assertTrue(html.contains("data:image/svg+xml;base64,"), "the theme chart is an image with alt text");
        assertTrue(html.contains("Red, overdue and worsening actions") && html.contains("Blocked"));
        byte[] pdf = as("slt").accept("*/*").get("/api/reports/{id}/preview.pdf", progress).asByteArray();
        PdfAssertions.assertPdfUa(pdf);
        assertTrue(PdfAssertions.text(pdf).contains("RAG and status by theme"));
        byte[] docx = as("slt").accept("*/*").get("/api/reports/{id}/preview.docx", progress).asByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            assertTrue(word.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Appendix 3")));
            assertEquals(1, word.getAllPictures().size(), "the chart is a picture");
            String xml = word.getDocument().xmlText();
            assertTrue(xml.contains("descr=\"Actions by theme."), "the picture has alternative text");
        }
    }

    @Test
    void theAuthorSetsThePresentersStrategicPlanAndContact() {
        Map<String, Object> front = new java.util.HashMap<>(Map.of("executiveMembers",
                List.of("Councillor Mieka Smiles - Deputy Mayor and Executive Member for Children's Services"),
                "director", "Rob Brown - Director of Education and Partnerships",
                "proposedDecision", "That Executive endorses the action plan.", "reportFor", "Information",
                "keyDecision", false, "confidential", "Not applicable", "urgent", false,
                "strategicPlanPeriod", "2024-27", "people", "Helps children in care achieve", "contactName", "Trevor Dunn"));
        front.put("contactEmail", "not-an-email");
        as("lead").body(front).put("/api/reports/{id}/front", reportId).then().statusCode(400)
                .body("errors[0].field", equalTo("contactEmail"));
        front.put("contactEmail", "trevor.dunn@council.example.gov.uk");
        as("lead").body(front).put("/api/reports/{id}/front", reportId).then().statusCode(200)
                .body("front.director", containsString("Rob Brown"));
        String html = as("lead").accept("text/html").get("/api/reports/{id}/preview.html", reportId).asString();
        assertTrue(html.contains("Councillor Mieka Smiles") && html.contains("Strategic Plan")
                && html.contains("2024-27") && html.contains("trevor.dunn@council.example.gov.uk"));
        as("slt").body(front).put("/api/reports/{id}/front", reportId).then().statusCode(403);
    }

    @Test
    void councillorsDoNotSeeDraftsAndOnlyTheLeadWrites() {
        as("councillor").get("/api/reports/{id}", reportId).then().statusCode(403);
        as("officer").get("/api/reports/{id}", reportId).then().statusCode(200);
        as("slt").body(Map.of("text", "x")).put("/api/reports/{id}/sections/purpose", reportId).then().statusCode(403);
        as("officer").body(Map.of("kind", "ENDORSEMENT", "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(403);
    }
}
