package io.followthrough.term;

import io.followthrough.support.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Terms are shared by the whole database, so each test keeps to academic years no other test uses. */
@QuarkusTest
class TermPagesTest {

    private static final long UNKNOWN = 987654321L;

    @Inject
    TermService terms;

    /** The page's {@code <title>}, as a browser tab or screen reader announces it. */
    private static String title(Response page) {
        Matcher m = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(page.asString());
        return m.find() ? m.group(1) : "";
    }

    private static List<String> namesOfYear(String year) {
        return as("lead").queryParam("size", 200).get("/api/terms").then().statusCode(200)
                .extract().path("items.findAll { it.academicYear == '" + year + "' }.name");
    }

    private static Map<String, String> dates(String start, String end) {
        String[] s = start.split("/", -1);
        String[] e = end.split("/", -1);
        Map<String, String> fields = new HashMap<>();
        fields.put("startDate-day", s[0]);
        fields.put("startDate-month", s[1]);
        fields.put("startDate-year", s[2]);
        fields.put("endDate-day", e[0]);
        fields.put("endDate-month", e[1]);
        fields.put("endDate-year", e[2]);
        return fields;
    }

    @Test
    void listsTermsByAcademicYearWithTheirDates() {
        List<TermJson> year = terms.ofYear(new AcademicYear(2110));

        Response page = Browser.signedInAs("councillor").get("/terms");
        String html = page.asString();

        assertEquals(200, page.statusCode());
        assertThat(title(page), startsWith("Terms – Followthrough"));
        int table = html.indexOf("id=\"year-2110-11\"");
        assertThat(html.substring(table), startsWith("id=\"year-2110-11\">\n  <caption class=\"govuk-table__caption "
                + "govuk-table__caption--m\">Academic year 2110-11</caption>"));
        String rows = html.substring(table, html.indexOf("</table>", table));
        assertThat(rows, containsString("<td class=\"govuk-table__cell\" data-label=\"Term\">Autumn 2110</td>\n"
                + "      <td class=\"govuk-table__cell\" data-label=\"First day\"><time datetime=\"2110-09-01\">1 September 2110</time></td>\n"
                + "      <td class=\"govuk-table__cell\" data-label=\"Last day\"><time datetime=\"2110-12-31\">31 December 2110</time></td>"));
        assertThat(rows, containsString("Spring 2111"));
        assertThat(rows, containsString("31 August 2111"));
        assertThat(html, not(containsString("/terms/" + year.get(0).id() + "/edit")));
        assertThat(html, not(containsString("action=\"/terms/years\"")));
    }

    @Test
    void offersTheLeadToChangeDatesAndAddYears() {
        List<TermJson> year = terms.ofYear(new AcademicYear(2112));
        String html = Browser.signedInAs("lead").get("/terms").asString();

        assertThat(html, containsString("href=\"/terms/" + year.get(1).id() + "/edit\">Change dates"
                + "<span class=\"govuk-visually-hidden\"> of Spring 2113</span>"));
        assertThat(html, containsString("action=\"/terms/years\""));
        assertThat(html, containsString("href=\"/terms/new\">Add a single term</a>"));
    }

    @Test
    void addsAYearsTermsWithTheUsualDates() {
        Browser lead = Browser.signedInAs("lead");
        Response sent = lead.submit("/terms", "/terms/years", Map.of("year", "2114-15"));

        assertEquals(303, sent.statusCode());
        assertThat(sent.header("Location"), endsWith("/terms#year-2114-15"));
        assertEquals(List.of("Autumn 2114", "Spring 2115", "Summer 2115"), namesOfYear("2114-15"));
        assertThat(lead.get("/terms").asString(), containsString("Academic year 2114-15"));
    }

    @Test
    void refusesAYearNotWrittenLike2027To28() {
        Response page = Browser.signedInAs("lead").submit("/terms", "/terms/years", Map.of("year", "2116-18"));

        assertEquals(400, page.statusCode());
        assertThat(title(page), startsWith("Terms (error) – "));
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(page.asString(), containsString("<a href=\"#year\">Enter the academic year like 2027-28</a>"));
        assertThat(page.asString(), containsString("value=\"2116-18\""));
        assertEquals(List.of(), namesOfYear("2116-17"));
    }

    @Test
    void addsATerm() {
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/terms/new");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Add a term – "));

        Map<String, String> fields = dates("3/9/2118", "19/12/2118");
        fields.put("academicYear", "2118-19");
        fields.put("season", "AUTUMN");
        Response sent = lead.submit("/terms/new", "/terms", fields);

        assertEquals(303, sent.statusCode());
        assertThat(sent.header("Location"), endsWith("/terms#year-2118-19"));
        String html = lead.get("/terms").asString();
        assertThat(html, containsString("Autumn 2118"));
        assertThat(html, containsString("3 September 2118"));
        assertThat(html, containsString("19 December 2118"));
    }

    @Test
    void showsATermFormWithProblemsAgainAndSavesNothing() {
        Map<String, String> fields = dates("31/2/2120", "//");
        fields.put("academicYear", "2120-21");

        Response page = Browser.signedInAs("lead").submit("/terms/new", "/terms", fields);

        assertEquals(400, page.statusCode());
        assertThat(title(page), startsWith("Add a term (error) – "));
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(page.asString(), containsString("<a href=\"#season\">Choose the term</a>"));
        assertThat(page.asString(), containsString("The first day of the term must be a real date"));
        assertThat(page.asString(), containsString("Enter the last day of the term"));
        String html = page.asString();
        assertThat("errors are listed in the order of the form", html.indexOf("href=\"#season\""),
                lessThan(html.indexOf("href=\"#startDate\"")));
        assertThat(html.indexOf("href=\"#startDate\""), lessThan(html.indexOf("href=\"#endDate\"")));
        assertThat(page.asString(), containsString("value=\"2120-21\""));
        assertEquals(List.of(), namesOfYear("2120-21"));
    }

    @Test
    void refusesATermThatOverlapsAnother() {
        terms.ofYear(new AcademicYear(2122));
        Map<String, String> fields = dates("1/8/2122", "10/9/2122");
        fields.put("academicYear", "2122-23");
        fields.put("season", "SUMMER");

        Response page = Browser.signedInAs("lead").submit("/terms/new", "/terms", fields);

        assertEquals(400, page.statusCode());
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(page.asString(), containsString("These dates overlap another term"));
        as("lead").queryParam("year", "2122-23").get("/api/terms").then()
                .body("items.find { it.season == 'SUMMER' }.startDate", equalTo("2123-04-01"));
    }

    @Test
    void changesATermsDatesButNotItsYearOrSeason() {
        TermJson autumn = terms.ofYear(new AcademicYear(2124)).get(0);
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/terms/" + autumn.id() + "/edit");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Change the dates of Autumn 2124 – "));
        assertThat(form.asString(),
                containsString("name=\"startDate-day\" type=\"text\" inputmode=\"numeric\" value=\"1\""));
        assertThat(form.asString(),
                containsString("name=\"endDate-month\" type=\"text\" inputmode=\"numeric\" value=\"12\""));

        Map<String, String> fields = dates("3/9/2124", "19/12/2124");
        fields.put("season", "SUMMER");
        fields.put("academicYear", "2125-26");
        Response sent = lead.submit("/terms/" + autumn.id() + "/edit", "/terms/" + autumn.id(), fields);

        assertEquals(303, sent.statusCode());
        assertThat(sent.header("Location"), endsWith("/terms#year-2124-25"));
        as("lead").get("/api/terms/{id}", autumn.id()).then()
                .body("name", equalTo("Autumn 2124"))
                .body("startDate", equalTo("2124-09-03"))
                .body("endDate", equalTo("2124-12-19"));
    }

    @Test
    void refusesNewDatesThatOverlapTheNextTerm() {
        TermJson autumn = terms.ofYear(new AcademicYear(2126)).get(0);

        Response page = Browser.signedInAs("lead").submit("/terms/" + autumn.id() + "/edit",
                "/terms/" + autumn.id(), dates("1/9/2126", "15/1/2127"));

        assertEquals(400, page.statusCode());
        assertThat(title(page), startsWith("Change the dates of Autumn 2126 (error) – "));
        assertThat(page.asString(), containsString("These dates overlap another term"));
        as("lead").get("/api/terms/{id}", autumn.id()).then().body("endDate", equalTo("2126-12-31"));
    }

    @Test
    void answers404ForAnUnknownTerm() {
        Response page = Browser.signedInAs("lead").get("/terms/" + UNKNOWN + "/edit");
        assertEquals(404, page.statusCode());
        assertThat(page.asString(), containsString("There is no term with id " + UNKNOWN));
    }

    @Test
    void keepsTheLeadsFormsFromOtherRoles() {
        TermJson autumn = terms.ofYear(new AcademicYear(2128)).get(0);
        Browser officer = Browser.signedInAs("officer");
        assertEquals(403, officer.get("/terms/new").statusCode());
        assertEquals(403, officer.get("/terms/" + autumn.id() + "/edit").statusCode());

        // The officer has no term form to take a token from; the sign-in form gives one just the same.
        Response sent = officer.submit("/sign-in", "/terms/years", Map.of("year", "2130-31"));
        assertEquals(403, sent.statusCode());
        assertThat(sent.asString(), not(containsString("Your form could not be sent")));
        assertEquals(List.of(), namesOfYear("2130-31"));
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() {
        Response page = Browser.anonymous().get("/terms");
        assertEquals(302, page.statusCode());
        assertThat(page.header("Location"), containsString("/sign-in?return=%2Fterms"));
    }

    @Test
    void refusesAFormPostWithoutItsToken() {
        Browser lead = Browser.signedInAs("lead");
        lead.get("/terms");

        Response sent = lead.request().formParam("year", "2132-33").post("/terms/years");

        assertEquals(403, sent.statusCode());
        assertThat(sent.asString(), containsString("Your form could not be sent"));
        assertEquals(List.of(), namesOfYear("2132-33"));
    }
}
