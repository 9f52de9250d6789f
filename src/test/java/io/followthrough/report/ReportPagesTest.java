package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's page: one form for the front and every section, and the published version as councillors read it. */
@QuarkusTest
class ReportPagesTest {

    Plan plan;
    int reportId;
    String page;

    @BeforeEach
    void arrange() {
        Person lead = Fixtures.person();
        plan = Fixtures.plan(Fixtures.review(), lead);
        Fixtures.action(plan, lead).reference("3.2.1").title("Agree a partnership protocol").create();
        reportId = as("lead").body(Map.of("kind", "ENDORSEMENT", "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
        page = "/reports/" + reportId;
    }

    @Test
    void oneSaveKeepsTheFrontAndTheSectionsTogether() {
        Browser lead = Browser.signedInAs("lead");
        Document html = Jsoup.parse(lead.get(page).asString());
        assertEquals(1, html.select("main form[method=post]").size(), "one form for the front and the sections");
        Map<String, String> form = formOf(html);
        form.put("director", "Director of Education and Partnerships");
        form.put("people", "Children in care achieve well at school.");
        form.put("section-purpose", "To ask Executive to endorse the action plan.");

        lead.submit(page, page, form).then().statusCode(303).header("Location", endsWith(page))
                .cookie("followthrough-notice", "REPORT_SAVED");

        var report = as("lead").get("/api/reports/{id}", reportId).then().statusCode(200).extract().jsonPath();
        assertEquals("Director of Education and Partnerships", report.getString("front.director"));
        assertEquals("Children in care achieve well at school.", report.getString("front.people"));
        assertEquals("To ask Executive to endorse the action plan.", report.getString("sections.purpose"));
        Document after = Jsoup.parse(lead.get(page).asString());
        assertTrue(after.selectFirst(".govuk-notification-banner--success").text().contains("Report saved"),
                "the saved page confirms it");
        assertEquals("To ask Executive to endorse the action plan.",
                after.selectFirst("textarea[name=section-purpose]").wholeText());
    }

    @Test
    void anErrorInTheFrontKeepsTheTypedSectionTextAndSavesNothing() {
        Browser lead = Browser.signedInAs("lead");
        String purposeBefore = as("lead").get("/api/reports/{id}", reportId).then().extract().path("sections.purpose");
        Map<String, String> form = formOf(Jsoup.parse(lead.get(page).asString()));
        form.put("contactEmail", "not an email address");
        form.put("paper-1-body", "Executive");
        form.put("paper-1-title", "Virtual School action plan");
        form.put("paper-1-date-day", "31");
        form.put("paper-1-date-month", "2");
        form.put("paper-1-date-year", "2022");
        form.put("section-purpose", "Typed before the mistake was noticed.");

        Document refused = Jsoup.parse(lead.submit(page, page, form).then().statusCode(400).extract().asString());

        String summary = refused.selectFirst(".govuk-error-summary").text();
        assertTrue(summary.contains("must be a real date"), summary);
        assertEquals("Typed before the mistake was noticed.",
                refused.selectFirst("textarea[name=section-purpose]").wholeText(), "the section text is kept");
        assertEquals("Virtual School action plan", refused.selectFirst("input[name=paper-1-title]").val());
        assertNotNull(refused.selectFirst("details[open]"), "the front with its error is open");
        assertEquals(purposeBefore, as("lead").get("/api/reports/{id}", reportId).then().extract()
                .path("sections.purpose"), "nothing is saved while part of the form is wrong");

        form.put("paper-1-date-day", "14");
        refused = Jsoup.parse(lead.submit(page, page, form).then().statusCode(400).extract().asString());
        assertNotNull(refused.selectFirst(".govuk-error-summary a[href=#contactEmail]"), "the email is refused");
        assertEquals("Typed before the mistake was noticed.",
                refused.selectFirst("textarea[name=section-purpose]").wholeText());
    }

    @Test
    void anErrorInASectionKeepsTheTypedFrontAndSavesNothing() {
        Browser lead = Browser.signedInAs("lead");
        Map<String, String> form = formOf(Jsoup.parse(lead.get(page).asString()));
        form.put("director", "Director of Education and Partnerships");
        form.put("section-background", "One child, UPN A123456789012, moved school.");

        Document refused = Jsoup.parse(lead.submit(page, page, form).then().statusCode(400).extract().asString());

        assertNotNull(refused.selectFirst(".govuk-error-summary a[href=#section-background]"),
                refused.selectFirst(".govuk-error-summary").text());
        assertEquals("Director of Education and Partnerships", refused.selectFirst("input[name=director]").val());
        assertEquals("Director of Children's Services", as("lead").get("/api/reports/{id}", reportId).then()
                .extract().path("front.director"), "the front is not saved either");
    }

    @Test
    void onlyThePlanLeadSavesAndOthersReadTheDraftInTheDocumentsOwnType() {
        Browser slt = Browser.signedInAs("slt");
        Document html = Jsoup.parse(slt.get(page).then().statusCode(200).extract().asString());
        assertTrue(html.select("main form[method=post]").isEmpty(), "no form for SLT");
        assertTrue(html.select(".app-source").isEmpty(), "no monospace text");
        assertTrue(html.selectFirst(".app-document").text().contains("What is the purpose of this report?"));
        Map<String, String> form = formOf(Jsoup.parse(Browser.signedInAs("lead").get(page).asString()));
        slt.request().formParams(form).formParam("csrf-token", slt.csrfFrom(slt.get("/sign-in").asString()))
                .post(page).then().statusCode(403);
        Browser officer = Browser.signedInAs("officer");
        officer.request().formParams(form).formParam("csrf-token", officer.csrfFrom(officer.get("/sign-in").asString()))
                .post(page).then().statusCode(403);
        Browser councillor = Browser.signedInAs("councillor");
        councillor.request().formParams(form)
                .formParam("csrf-token", councillor.csrfFrom(councillor.get("/sign-in").asString()))
                .post(page).then().statusCode(403);
    }

    @Test
    void aCouncillorReadsThePublishedVersionNeverTheDraft() {
        Browser councillor = Browser.signedInAs("councillor");
        councillor.get(page).then().statusCode(404);
        councillor.get(page + "/versions/1").then().statusCode(404);

        as("lead").body(Map.of("text", "To ask Executive to endorse the plan as published."))
                .put("/api/reports/{id}/sections/purpose", reportId).then().statusCode(200);
        as("lead").body(Map.of("gapsReason", "Costs follow at the next meeting"))
                .post("/api/reports/{id}/publish", reportId).then().statusCode(201);
        String asPublished = Jsoup.parse(as("lead").accept("text/html")
                .get("/api/reports/{id}/preview.html", reportId).asString()).body().text();
        as("lead").body(Map.of("text", "A later draft nobody has published."))
                .put("/api/reports/{id}/sections/purpose", reportId).then().statusCode(200);

        Document html = Jsoup.parse(councillor.get(page).then().statusCode(200).extract().asString());
        String subject = as("lead").get("/api/reports/{id}", reportId).then().extract().path("subject");
        assertEquals(subject, html.selectFirst("h1").text());
        String main = html.selectFirst("main").text();
        assertTrue(main.contains("Executive, 14 February 2027"), "the meeting: " + main);
        String document = html.selectFirst(".app-document").text();
        assertEquals(asPublished, document, "the page shows the published document from the PDF's template");
        assertFalse(main.contains("A later draft nobody has published."), "never the draft");
        assertTrue(html.select("main form[method=post]").isEmpty(), "nothing to edit");
        assertNotNull(html.selectFirst("a[href=/api/reports/" + reportId + "/versions/1.pdf]"));
        assertNotNull(html.selectFirst("a[href=/api/reports/" + reportId + "/versions/1.docx]"));
        assertTrue(html.selectFirst("#version-list").text().contains("Version 1 (this version), published"), "its history");
        assertEquals("/", html.selectFirst("a.govuk-back-link").attr("href"), "a way back");
        assertNull(html.selectFirst("textarea"));
        councillor.get(page + "/versions/1").then().statusCode(200)
                .body(containsString("To ask Executive to endorse the plan as published."));
        councillor.get(page + "/versions/2").then().statusCode(404);
    }

    @Test
    void theDraftPageLinksEachPublishedVersionAndItsPageShowsThatVersion() {
        as("lead").body(Map.of("gapsReason", "Costs follow")).post("/api/reports/{id}/publish", reportId).then()
                .statusCode(201);
        as("lead").body(Map.of("text", "The second version's purpose."))
                .put("/api/reports/{id}/sections/purpose", reportId).then().statusCode(200);
        as("lead").body(Map.of("gapsReason", "Costs follow")).post("/api/reports/{id}/publish", reportId).then()
                .statusCode(201);
        Browser slt = Browser.signedInAs("slt");
        Document draft = Jsoup.parse(slt.get(page).asString());
        assertNotNull(draft.selectFirst("a[href=" + page + "/versions/1]"));
        Document first = Jsoup.parse(slt.get(page + "/versions/1").then().statusCode(200).extract().asString());
        assertFalse(first.selectFirst(".app-document").text().contains("The second version's purpose."));
        assertTrue(first.selectFirst("main").text().contains("version 2 has been published since"));
        Document second = Jsoup.parse(slt.get(page + "/versions/2").asString());
        assertTrue(second.selectFirst(".app-document").text().contains("The second version's purpose."));
    }

    @Test
    void creatingAndPublishingInTheBrowserConfirmWithABanner() {
        Browser lead = Browser.signedInAs("lead");
        String form = "/plans/" + plan.id + "/reports/new";
        String created = lead.submit(form, "/plans/" + plan.id + "/reports", Map.of("kind", "PROGRESS",
                        "body", "Executive", "meetingDate-day", "14", "meetingDate-month", "6", "meetingDate-year", "2027"))
                .then().statusCode(303).cookie("followthrough-notice", "REPORT_CREATED").extract()
                .header("Location");
        assertTrue(Jsoup.parse(lead.get(created).asString()).selectFirst(".govuk-notification-banner--success").text()
                .contains("Report created"));
        String confirm = page + "/publish";
        lead.submit(confirm, confirm, Map.of(ReportPublishing.GAPS_REASON, "Costs follow")).then().statusCode(303)
                .cookie("followthrough-notice", "REPORT_PUBLISHED");
        assertTrue(Jsoup.parse(lead.get(page).asString()).selectFirst(".govuk-notification-banner--success").text()
                .contains("Report published"));
    }

    /** The values of the report's form as the page shows them. */
    static Map<String, String> formOf(Document html) {
        Map<String, String> values = new LinkedHashMap<>();
        html.selectFirst("main form[method=post]").select("input[name], textarea[name]").forEach(field -> {
            if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
                values.put(field.attr("name"), field.is("textarea") ? field.wholeText() : field.val());
            }
        });
        values.remove("csrf-token");
        return values;
    }
}
