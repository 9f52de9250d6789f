package io.followthrough.report;

import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.PdfAssertions;
import io.followthrough.support.PlanLife;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The closing report: what the plan did, the impact recorded, what was deferred and why, what carried forward, the
 * closing statement and how the actions ended; and the changes to the endorsed plan a progress report lists.
 */
@QuarkusTest
class ClosingReportTest {

    private static final String STATEMENT = "The Virtual School met the aims the peer review set.\n"
            + "The mentoring scheme waits for next year's funding.";

    @Inject
    ReportService reports;

    private static int create(PlanLife life, String kind) {
        return as("lead").body(Map.of("kind", kind, "body", "Executive", "meetingDate", "2027-07-14"))
                .post("/api/plans/{id}/reports", life.plan.id).then().statusCode(201).extract().path("id");
    }

    /** An endorsed plan with one action done (its impact recorded by an update) and one deferred, then closed. */
    private static PlanLife closedWithHistory() {
        PlanLife life = PlanLife.endorsed();
        Action done = life.action().reference("3.2.1").title("Agree a partnership protocol").create();
        as("lead").body(Map.of("narrative", "Signed by every partner", "status", "COMPLETE", "rag", "GREEN",
                "impact", "Partners now report attendance each half term")).post("/api/actions/{id}/updates", done.id)
                .then().statusCode(201);
        life.action().reference("3.2.2").title("Launch the mentoring scheme").status(ActionStatus.DEFERRED)
                .rag(Rag.AMBER, "Deferred until the mentors are funded").create();
        as("lead").body(Map.of("statement", STATEMENT)).post("/api/plans/{id}/closure", life.plan.id).then()
                .statusCode(200);
        return life;
    }

    @Test
    void aClosingReportNeedsThePlanClosed() {
        PlanLife life = PlanLife.endorsed();
        as("lead").body(Map.of("kind", "CLOSING", "body", "Executive", "meetingDate", "2027-07-14"))
                .post("/api/plans/{id}/reports", life.plan.id).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", equalTo(List.of("kind")))
                .body("errors[0].message", containsString("Close the plan before writing its closing report"));
        var page = Jsoup.parse(io.followthrough.support.Browser.signedInAs("lead").submit(
                "/plans/" + life.plan.id + "/reports/new", "/plans/" + life.plan.id + "/reports",
                Map.of("kind", "CLOSING", "body", "Executive", "meetingDate-day", "14", "meetingDate-month", "7",
                        "meetingDate-year", "2027")).then().statusCode(400).extract().asString());
        assertThat(page.select(".govuk-error-summary a").eachText(),
                hasItem(containsString("Close the plan before writing its closing report")));
        assertEquals("#kind", page.select(".govuk-error-summary a").first().attr("href"));
    }

    @Test
    void theClosingReportSaysWhatWasDoneDeferredAndCarriedForwardInHtmlPdfAndWord() throws IOException {
        PlanLife life = closedWithHistory();
        int id = create(life, "CLOSING");
        var json = as("lead").get("/api/reports/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("sections.purpose"), containsString("has been closed"));
        assertThat(json.getString("sections.purpose"), containsString("endorsed by Executive on 14 February 2022"));
        assertThat(json.getString("sections.decisions"), containsString("notes the closure of the " + life.plan.title));
        assertEquals("Information", json.getString("front.reportFor"));
        assertThat(json.getString("sections.appendices"), containsString("Appendix 3: How the plan was closed"));

        Document html = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id)
                .asString());
        assertThat(html.select("h2").eachText(), hasItem("Appendix 3: How the plan was closed"));
        assertThat(html.select("h3 + p, h3 + p + p").eachText(), hasItems(
                "The Virtual School met the aims the peer review set.",
                "The mentoring scheme waits for next year's funding.",
                "None: no action was carried into another plan."));
        var done = html.select("caption:containsOwn(Actions completed) ~ tbody tr").eachText();
        assertThat(done, hasItem(containsString("3.2.1 Agree a partnership protocol")));
        assertThat(done, hasItem(containsString("Partners now report attendance each half term")));
        var deferred = html.select("caption:containsOwn(Actions deferred) ~ tbody tr").eachText();
        assertThat(deferred, equalTo(List.of("3.2.2 Launch the mentoring scheme Deferred until the mentors are funded")));
        var outcome = html.select("caption:containsOwn(How the actions ended) ~ tbody tr").last().text();
        assertEquals("All actions 2 1 1 0 1 0 0", outcome, "totals: 2 actions, 1 complete, 1 deferred (Amber)");

        byte[] pdf = as("lead").accept("*/*").get("/api/reports/{id}/preview.pdf", id).then().statusCode(200)
                .extract().asByteArray();
        PdfAssertions.assertPdfUa(pdf);
        String text = PdfAssertions.text(pdf).replaceAll("\\s+", " ");
        assertThat(text, containsString("Appendix 3: How the plan was closed"));
        assertThat(text, containsString("Deferred until the mentors are funded"));
        assertThat(text, containsString("Partners now report attendance each half term"));
        Path out = Path.of("target", "closing-report.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);

        byte[] docx = as("lead").accept("*/*").get("/api/reports/{id}/preview.docx", id).then().statusCode(200)
                .extract().asByteArray();
        try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            String words = word.getText();
            assertThat(words, containsString("How the plan was closed"));
            assertThat(words, containsString("The mentoring scheme waits for next year's funding."));
            assertThat(words, containsString("None: no action was carried into another plan."));
            assertThat(words, containsString("Deferred until the mentors are funded"));
        }
    }

    @Test
    void thePublicationGuardReadsEveryTextOfTheClosingAppendix() {
        PlanLife life = closedWithHistory();
        int id = create(life, "CLOSING");
        List<ReportTexts.Text> texts = ReportTexts.of(reports.document(id));
        List<String> closing = texts.stream().filter(t -> t.itemId().startsWith("closing:")).map(ReportTexts.Text::text)
                .toList();
        assertThat(closing, hasItems(STATEMENT, "Partners now report attendance each half term",
                "Deferred until the mentors are funded", "Launch the mentoring scheme", "Agree a partnership protocol"));
        assertTrue(texts.stream().anyMatch(t -> t.itemId().equals("closing:statement")
                && t.where().equals("Closing statement")));
    }

    @Test
    void aProgressReportListsTheActionsAddedSinceTheEndorsement() {
        PlanLife life = PlanLife.ready();
        life.action().reference("3.2.1").title("Agree a partnership protocol").create();
        life.publishedEndorsementReport();
        int before = create(life, "PROGRESS");
        Document notEndorsed = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", before)
                .asString());
        assertThat(notEndorsed.text(), containsString("The plan has not been endorsed yet"));

        as("lead").body(PlanLife.decision(1)).post("/api/plans/{id}/endorsement", life.plan.id).then().statusCode(200);
        Document unchanged = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", before)
                .asString());
        assertThat(unchanged.text(), containsString("No action has been added to or withdrawn from the plan since "
                + "Executive endorsed it on 14 February 2022."));

        as("lead").body(Map.of("title", "Train designated teachers in attachment", "leadId", life.lead.id,
                "targetDate", "2027-03-31", "reference", "3.2.9")).post("/api/plans/{id}/actions", life.plan.id)
                .then().statusCode(201);
        Document changed = Jsoup.parse(as("lead").accept("text/html").get("/api/reports/{id}/preview.html", before)
                .asString());
        assertThat(changed.select("h3").eachText(), hasItem("Changes to the endorsed plan"));
        List<String> added = changed.select("caption:containsOwn(Actions added to the endorsed plan) ~ tbody tr")
                .eachText();
        assertEquals(1, added.size(), added.toString());
        assertThat(added.get(0), containsString("3.2.9 Train designated teachers in attachment"));
        assertThat(added.get(0), not(containsString("3.2.1")));
        assertThat(ReportTexts.of(reports.document(before)).stream().map(ReportTexts.Text::itemId).toList(),
                hasItem("progress:changes:added1:title"));
    }
}
