package io.followthrough.platform.web;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every save on the everyday pages is confirmed by a success banner on the page it leads to, shown once. */
@QuarkusTest
class SaveNoticesTest {

    /** The save redirected, and the page it led to says so in a success banner, which a reload does not repeat. */
    private static void assertConfirmed(Browser browser, Response sent, String message) {
        assertEquals(303, sent.statusCode(), sent.asString());
        String location = sent.header("Location").replaceFirst("#.*", "");
        browser.get(location).then().statusCode(200)
                .body(containsString("govuk-notification-banner--success"))
                .body(containsString(message));
        browser.get(location).then().body(not(containsString(message)));
    }

    @Test
    void creatingAndChangingAPlanIsConfirmed() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Browser browser = Browser.signedInAs("lead");
        Map<String, Object> fields = Map.of("title", Fixtures.unique("Plan"), "kind", "REVIEW_ACTION_PLAN",
                "reviewIds", review.id, "leadId", lead.id);
        Response created = browser.submit("/plans/new", "/plans", fields);
        assertConfirmed(browser, created, "Plan created");
        String plan = created.header("Location");
        assertConfirmed(browser, browser.submit(plan + "/edit", plan, fields), "Plan saved");
    }

    @Test
    void addingAndChangingPeopleAndPartnersIsConfirmed() {
        Browser browser = Browser.signedInAs("lead");
        Response partner = browser.submit("/partners/new", "/partners", Map.of("name", Fixtures.unique("Partner")));
        assertConfirmed(browser, partner, "Partner added");

        String name = Fixtures.unique("Jo Bloggs");
        Map<String, String> person = new HashMap<>(Map.of("name", name, "jobTitle", "Achievement Officer",
                "team", "Post-16", "email", name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.gov.uk",
                "partner", "", "signInName", ""));
        Response added = browser.submit("/people/new", "/people", person);
        assertConfirmed(browser, added, "Person added");
        String id = added.header("Location").replaceFirst(".*#person-", "");
        person.put("jobTitle", "Senior Achievement Officer");
        assertConfirmed(browser, browser.submit("/people/" + id + "/edit", "/people/" + id, person), "Person saved");
    }

    @Test
    void addingAYearATermAndChangingATermIsConfirmed() {
        Browser browser = Browser.signedInAs("lead");
        assertConfirmed(browser, browser.submit("/terms", "/terms/years", Map.of("year", "2151-52")),
                "Terms added for the year");
        long autumn = ((Number) as("lead").get("/api/terms?year=2151-52").then().extract().path("items[0].id")).longValue();
        Map<String, String> dates = Map.of("startDate-day", "2", "startDate-month", "9", "startDate-year", "2151",
                "endDate-day", "18", "endDate-month", "12", "endDate-year", "2151");
        assertConfirmed(browser, browser.submit("/terms/" + autumn + "/edit", "/terms/" + autumn, dates),
                "Term dates saved");
        Map<String, String> term = new HashMap<>(Map.of("academicYear", "2153-54", "season", "AUTUMN",
                "startDate-day", "2", "startDate-month", "9", "startDate-year", "2153",
                "endDate-day", "18", "endDate-month", "12", "endDate-year", "2153"));
        assertConfirmed(browser, browser.submit("/terms/new", "/terms", term), "Term added");
    }

    @Test
    void askingToMoveATargetDateAndEachDecisionIsConfirmed() {
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, officer).create();
        Browser asker = Browser.signedInAs("officer");
        Map<String, String> request = Map.of("requestedDate-day", "30", "requestedDate-month", "6",
                "requestedDate-year", "2027", "reason", "Health sign-off moved to the summer");
        String form = "/actions/" + action.id + "/date-changes/new";
        assertConfirmed(asker, asker.submit(form, "/actions/" + action.id + "/date-changes", request),
                "Request to move the target date sent to the plan lead");

        Browser lead = Browser.signedInAs("lead");
        long first = pendingChange(action);
        assertConfirmed(lead, lead.submit("/date-changes/" + first, "/date-changes/" + first + "/decision",
                Map.of("approved", "no", "comment", "Keep the date: the trust has agreed to sign in March")),
                "Request to move the target date refused");

        asker.submit(form, "/actions/" + action.id + "/date-changes", request).then().statusCode(303);
        long second = pendingChange(action);
        assertConfirmed(lead, lead.submit("/date-changes/" + second, "/date-changes/" + second + "/decision",
                Map.of("approved", "yes", "comment", "")), "New target date approved");
    }

    private static long pendingChange(Action action) {
        String html = Browser.signedInAs("lead").get("/actions/" + action.id).asString();
        Matcher m = Pattern.compile("href=\"/date-changes/(\\d+)\"").matcher(html);
        assertTrue(m.find(), "the action page links the request to decide on");
        return Long.parseLong(m.group(1));
    }

    @Test
    void importingChangesFromASpreadsheetIsConfirmed() throws Exception {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Fixtures.action(plan, lead).reference("3.2.1").title("Agree a protocol").create();
        byte[] export = as("lead").accept("*/*").get("/api/plans/{id}/export.xlsx", plan.id).asByteArray();
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(export))) {
            workbook.getSheetAt(0).getRow(1).getCell(3).setCellValue("Agree a protocol with every partner");
            workbook.write(changed);
        }
        Browser browser = Browser.signedInAs("lead");
        String upload = "/plans/" + plan.id + "/import";
        String token = browser.csrfFrom(browser.get(upload).asString());
        String preview = browser.request().multiPart("csrf-token", token)
                .multiPart("file", "plan.xlsx", changed.toByteArray()).post(upload).then().statusCode(200)
                .extract().asString();
        Matcher confirm = Pattern.compile("action=\"(/plans/\\d+/import/\\d+/confirm)\"").matcher(preview);
        assertTrue(confirm.find(), "the preview offers to import the change");
        Response sent = browser.request().formParam("csrf-token", browser.csrfFrom(preview)).post(confirm.group(1));
        assertConfirmed(browser, sent, "Changes from the spreadsheet imported");
    }

    @Test
    void addingAndChangingAReviewItsThemesAndFindingsIsConfirmed() {
        Browser browser = Browser.signedInAs("lead");
        Map<String, String> review = new HashMap<>(Map.of("title", Fixtures.unique("Review"),
                "type", "NAVSH_PEER_REVIEW", "reviewingBody", "NAVSH", "organisation", "Newshire",
                "leadReviewer", "Alex Reviewer", "scope", "How effective is the Virtual School?"));
        Response created = browser.submit("/reviews/new", "/reviews", review);
        assertConfirmed(browser, created, "Review added");
        String page = created.header("Location");
        assertConfirmed(browser, browser.submit(page + "/edit", page, review), "Review saved");

        Review existing = Fixtures.review();
        Theme theme = Fixtures.themeOf(existing);
        assertConfirmed(browser, browser.submit("/reviews/" + existing.id + "/themes/new",
                "/reviews/" + existing.id + "/themes", Map.of("number", "3.3", "title", "Post-16")), "Theme added");
        assertConfirmed(browser, browser.submit("/themes/" + theme.id + "/edit", "/themes/" + theme.id,
                Map.of("number", "3.2", "title", "Working in partnership")), "Theme saved");
        assertConfirmed(browser, browser.submit("/themes/" + theme.id + "/findings/new",
                "/themes/" + theme.id + "/findings", Map.of("kind", "STRENGTH", "text", "A respected team.",
                        "noActionReason", "")), "Finding added");
        Finding area = Fixtures.areasOf(existing).get(0);
        assertConfirmed(browser, browser.submit("/findings/" + area.id + "/edit", "/findings/" + area.id,
                Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "Hold every partner to account.",
                        "noActionReason", "")), "Finding saved");
    }

    @Test
    void aPartnerSavedIsConfirmedToThatPersonOnly() {
        Browser lead = Browser.signedInAs("lead");
        Browser other = Browser.signedInAs("lead");
        Partner partner = Fixtures.partner();
        lead.submit("/partners/new", "/partners", Map.of("name", Fixtures.unique("Partner"))).then().statusCode(303);
        other.get("/people").then().statusCode(200).body(not(containsString("Partner added")))
                .body(containsString(partner.name));
    }
}
