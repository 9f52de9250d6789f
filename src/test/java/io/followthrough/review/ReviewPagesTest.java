package io.followthrough.review;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReviewPagesTest {

    private static final long UNKNOWN = 987654321L;

    /** The page's {@code <title>}, as a browser tab or screen reader announces it. */
    private static String title(Response page) {
        Matcher m = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(page.asString());
        return m.find() ? m.group(1) : "";
    }

    /** The page as a person reads it, without the escaping of quotes and ampersands. */
    private static String shown(Response page) {
        return page.asString().replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static Map<String, String> reviewFields(String title, String organisation) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("type", "NAVSH_PEER_REVIEW");
        fields.put("reviewingBody", "NAVSH");
        fields.put("organisation", organisation);
        fields.put("leadReviewer", "Alex Reviewer");
        fields.put("onSiteFrom-day", "7");
        fields.put("onSiteFrom-month", "6");
        fields.put("onSiteFrom-year", "2026");
        fields.put("onSiteTo-day", "8");
        fields.put("onSiteTo-month", "6");
        fields.put("onSiteTo-year", "2026");
        fields.put("reportDate-day", "30");
        fields.put("reportDate-month", "6");
        fields.put("reportDate-year", "2026");
        fields.put("scope", "How effective is the Virtual School?\r\n\r\n  How well does it work with partners?  \r\n");
        return fields;
    }

    /** Where each link of the error summary goes, in the order listed. */
    private static List<String> summaryLinks(Response page) {
        String html = page.asString();
        int start = html.indexOf("govuk-error-summary__list");
        String summary = html.substring(start, html.indexOf("</ul>", start));
        return Pattern.compile("<a href=\"([^\"]+)\">").matcher(summary).results().map(m -> m.group(1)).toList();
    }

    private static List<String> organisationsReviewed() {
        return as("lead").queryParam("size", 200).get("/api/reviews").then().statusCode(200).extract().path("items.organisation");
    }

    private static long idAfter(String prefix, Response response) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(response.header("Location"));
        if (!m.find()) {
            throw new AssertionError("No " + prefix + " id in " + response.header("Location"));
        }
        return Long.parseLong(m.group(1));
    }

    @Test
    void listsReviewsWithTheirTypeOrganisationAndReportDate() {
        Review review = Fixtures.review();
        Response page = Browser.signedInAs("lead").get("/reviews");

        assertEquals(200, page.statusCode());
        assertThat(title(page), startsWith("Reviews – Followthrough"));
        assertThat(page.asString(), containsString("<a class=\"govuk-link\" href=\"/reviews/" + review.id + "\">"
                + review.title + "</a>"));
        assertThat(page.asString(), containsString("NAVSH peer review"));
        assertThat(page.asString(), containsString("Testshire"));
        assertThat(page.asString(), containsString("30 June 2026"));
        assertThat(page.asString(), containsString("href=\"/reviews/new\">Add a review by hand</a>"));
    }

    @Test
    void showsAReviewWithStrengthsAndAreasApartAndThePlansAnsweringIt() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        Finding area = Fixtures.areasOf(review).get(1);

        Response page = Browser.signedInAs("slt").get("/reviews/" + review.id);
        String html = page.asString();

        assertEquals(200, page.statusCode());
        assertThat(title(page), startsWith(review.title + " – Followthrough"));
        assertThat(html, containsString("<h1 class=\"govuk-heading-l\">" + review.title + "</h1>"));
        assertThat(html, containsString("7 June 2026 to 8 June 2026"));
        assertThat(html, containsString("<li>How effective is the Virtual School?</li>"));
        assertThat(html, containsString("3.2 How effective is the Virtual School in working in partnership?</h2>"));
        assertThat(html,
                containsString("<a class=\"govuk-link\" href=\"/plans/" + plan.id + "\">" + plan.title + "</a>"));
        int strengths = html.indexOf(">Strengths</h3>");
        int areas = html.indexOf(">Areas for consideration</h3>");
        assertThat(strengths, lessThan(html.indexOf("A well established and respected team.")));
        assertThat(html.indexOf("A well established and respected team."), lessThan(areas));
        assertThat(areas, lessThan(html.indexOf("Hold all partners to account.")));
        assertThat(html, containsString("<li id=\"finding-" + area.id + "\">Measure the impact of Pupil Premium Plus."));
        assertThat(html, not(containsString("Change review details")));
        assertThat(html, not(containsString("/findings/" + area.id + "/edit")));
    }

    @Test
    void offersTheLeadEveryChangeOnTheReviewPage() {
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        Finding area = Fixtures.areasOf(review).get(0);

        String html = Browser.signedInAs("lead").get("/reviews/" + review.id).asString();

        assertThat(html, containsString("href=\"/reviews/" + review.id + "/edit\">Change review details</a>"));
        assertThat(html, containsString("href=\"/reviews/" + review.id + "/themes/new\">Add a theme</a>"));
        assertThat(html, containsString("href=\"/themes/" + theme.id + "/findings/new\">Add a finding"));
        assertThat(html, containsString("href=\"/themes/" + theme.id + "/edit\">Change theme"));
        assertThat(html, containsString("href=\"/findings/" + area.id + "/edit\">Change"));
        assertThat(html, containsString("No plan answers this review yet"));
    }

    @Test
    void addsAReviewAndShowsIt() {
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/reviews/new");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Add a review – "));

        String title = Fixtures.unique("Peer review");
        Response sent = lead.submit("/reviews/new", "/reviews", reviewFields(title, "Newshire Virtual School"));

        assertEquals(303, sent.statusCode());
        long id = idAfter("/reviews/", sent);
        assertThat(sent.header("Location"), endsWith("/reviews/" + id));
        String html = lead.get("/reviews/" + id).asString();
        assertThat(html, containsString("<h1 class=\"govuk-heading-l\">" + title + "</h1>"));
        assertThat(html, containsString("Newshire Virtual School"));
        assertThat(html, containsString("7 June 2026 to 8 June 2026"));
        assertThat(html, containsString("30 June 2026"));
        assertThat(html, containsString("<li>How effective is the Virtual School?</li>"));
        assertThat(html, containsString("<li>How well does it work with partners?</li>"));
        as("lead").get("/api/reviews/{id}", id).then().body("scope", hasSize(2));
    }

    @Test
    void showsAReviewFormWithProblemsAgainAndSavesNothing() {
        Browser lead = Browser.signedInAs("lead");
        String organisation = Fixtures.unique("Unsaved shire");
        Map<String, String> fields = reviewFields(" ", organisation);
        fields.remove("type");
        fields.put("reportDate-day", "31");
        fields.put("reportDate-month", "2");

        Response page = lead.submit("/reviews/new", "/reviews", fields);

        assertEquals(400, page.statusCode());
        assertThat(title(page), startsWith("Add a review (error) – "));
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(shown(page), containsString("<a href=\"#title\">Enter the review's title</a>"));
        assertThat(shown(page), containsString("<a href=\"#type\">Choose the type of review</a>"));
        assertThat(shown(page), containsString("The date of the letter or report must be a real date"));
        assertThat("errors are listed in the order of the form", summaryLinks(page),
                contains("#title", "#type", "#reportDate"));
        assertThat(page.asString(), containsString("value=\"" + organisation + "\""));
        assertThat(organisationsReviewed(), not(hasItem(organisation)));
    }

    @Test
    void refusesALastDayOnSiteBeforeTheFirst() {
        Browser lead = Browser.signedInAs("lead");
        String organisation = Fixtures.unique("Backwards shire");
        Map<String, String> fields = reviewFields(Fixtures.unique("Review"), organisation);
        fields.put("onSiteFrom-day", "8");
        fields.put("onSiteTo-day", "7");

        Response page = lead.submit("/reviews/new", "/reviews", fields);

        assertEquals(400, page.statusCode());
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(page.asString(), containsString("The last day on site must be the same as or after the first"));
        assertThat(organisationsReviewed(), not(hasItem(organisation)));
    }

    @Test
    void changesAReviewsDetails() {
        Review review = Fixtures.review();
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/reviews/" + review.id + "/edit");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Change review details – "));
        assertThat(form.asString(), containsString("value=\"" + review.title + "\""));
        assertThat(form.asString(),
                containsString("name=\"reportDate-day\" type=\"text\" inputmode=\"numeric\" value=\"30\""));
        assertThat(form.asString(), containsString("value=\"NAVSH_PEER_REVIEW\" checked"));

        String title = Fixtures.unique("Renamed review");
        Map<String, String> fields = reviewFields(title, "Testshire");
        fields.put("type", "OFSTED_INSPECTION");
        Response sent = lead.submit("/reviews/" + review.id + "/edit", "/reviews/" + review.id, fields);

        assertEquals(303, sent.statusCode());
        assertThat(sent.header("Location"), endsWith("/reviews/" + review.id));
        String html = lead.get("/reviews/" + review.id).asString();
        assertThat(html, containsString("<h1 class=\"govuk-heading-l\">" + title + "</h1>"));
        assertThat(html, containsString("Ofsted inspection"));
        assertThat(html, containsString("A well established and respected team."));
    }

    @Test
    void addsAThemeToAReview() {
        Review review = Fixtures.review();
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/reviews/" + review.id + "/themes/new");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Add a theme – "));
        assertThat(form.asString(), containsString(review.title));

        Response sent = lead.submit("/reviews/" + review.id + "/themes/new", "/reviews/" + review.id + "/themes",
                Map.of("number", "3.3", "title", "How well are post-16 students supported?"));

        assertEquals(303, sent.statusCode());
        long themeId = idAfter("#theme-", sent);
        assertThat(sent.header("Location"), endsWith("/reviews/" + review.id + "#theme-" + themeId));
        assertThat(lead.get("/reviews/" + review.id).asString(),
                containsString("id=\"theme-" + themeId + "\">3.3 How well are post-16 students supported?</h2>"));
    }

    @Test
    void refusesAThemeWithoutATitle() {
        Review review = Fixtures.review();
        Response page = Browser.signedInAs("lead").submit("/reviews/" + review.id + "/themes/new",
                "/reviews/" + review.id + "/themes", Map.of("number", "3.9", "title", " "));

        assertEquals(400, page.statusCode());
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(shown(page), containsString("Enter the theme's title"));
        assertThat(page.asString(), containsString("value=\"3.9\""));
        as("lead").get("/api/reviews/{id}", review.id).then().body("themes", hasSize(1));
    }

    @Test
    void changesATheme() {
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/themes/" + theme.id + "/edit");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Change theme – "));
        assertThat(form.asString(), containsString("value=\"3.2\""));

        Response sent = lead.submit("/themes/" + theme.id + "/edit", "/themes/" + theme.id,
                Map.of("number", "3.1", "title", "Working in partnership"));

        assertEquals(303, sent.statusCode());
        assertThat(sent.header("Location"), endsWith("/reviews/" + review.id + "#theme-" + theme.id));
        assertThat(lead.get("/reviews/" + review.id).asString(), containsString(">3.1 Working in partnership</h2>"));
    }

    @Test
    void addsAFindingToATheme() {
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/themes/" + theme.id + "/findings/new");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Add a finding – "));
        assertThat(form.asString(),
                containsString("3.2 How effective is the Virtual School in working in partnership?"));

        Response sent = lead.submit("/themes/" + theme.id + "/findings/new", "/themes/" + theme.id + "/findings",
                Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "Track post-16 destinations."));

        assertEquals(303, sent.statusCode());
        long findingId = idAfter("#finding-", sent);
        assertThat(sent.header("Location"), endsWith("/reviews/" + review.id + "#finding-" + findingId));
        String html = lead.get("/reviews/" + review.id).asString();
        assertThat(html, containsString("<li id=\"finding-" + findingId + "\">Track post-16 destinations."));
        assertThat(html.indexOf(">Areas for consideration</h3>"),
                lessThan(html.indexOf("Track post-16 destinations.")));
    }

    @Test
    void refusesAFindingWithoutItsKindOrText() {
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        Response page = Browser.signedInAs("lead").submit("/themes/" + theme.id + "/findings/new",
                "/themes/" + theme.id + "/findings", Map.of("text", " "));

        assertEquals(400, page.statusCode());
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(page.asString(), containsString("Choose whether this is a strength or an area for consideration"));
        assertThat(shown(page), containsString("Enter the finding's text"));
        as("lead").get("/api/themes/{id}", theme.id).then().body("findings", hasSize(3));
    }

    @Test
    void changesAFindingWithoutAskingForAnyPlansDecision() {
        Review review = Fixtures.review();
        Finding area = Fixtures.areasOf(review).get(0);
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/findings/" + area.id + "/edit");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Change finding – "));
        assertThat(form.asString(), containsString("value=\"AREA_FOR_CONSIDERATION\" checked"));
        assertThat(form.asString(), containsString(">Hold all partners to account.</textarea>"));
        assertThat("no action is a decision of each plan, on its coverage page", form.asString(),
                not(containsString("noActionReason")));

        Response sent = lead.submit("/findings/" + area.id + "/edit", "/findings/" + area.id,
                Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "Hold every partner to account."));

        assertEquals(303, sent.statusCode());
        assertThat(sent.header("Location"), endsWith("/reviews/" + review.id + "#finding-" + area.id));
        assertThat(lead.get("/reviews/" + review.id).asString(), containsString(
                "<li id=\"finding-" + area.id + "\">Hold every partner to account."));
    }

    @Test
    void aStrengthChangedIntoAnAreaReturnsAReadyPlanToDraft() {
        Review review = Fixtures.review();
        Plan plan = Fixtures.plan(review, Fixtures.person());
        for (Finding area : Fixtures.areasOf(review)) {
            as("lead").body(Map.of("reason", "Met by the corporate parenting strategy"))
                    .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, area.id).then().statusCode(200);
        }
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200);
        long strength = review.themes.get(0).findings.get(0).id;

        Response sent = Browser.signedInAs("lead").submit("/findings/" + strength + "/edit", "/findings/" + strength,
                Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "A well established and respected team."));

        assertEquals(303, sent.statusCode());
        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
        as("lead").get("/api/plans/{id}/coverage", plan.id).then().body("uncovered", equalTo(1));
    }

    @Test
    void answers404ForUnknownReviewsThemesAndFindings() {
        Browser lead = Browser.signedInAs("lead");
        for (String path : List.of("/reviews/" + UNKNOWN, "/reviews/" + UNKNOWN + "/edit",
                "/reviews/" + UNKNOWN + "/themes/new", "/themes/" + UNKNOWN + "/edit",
                "/themes/" + UNKNOWN + "/findings/new", "/findings/" + UNKNOWN + "/edit")) {
            Response page = lead.get(path);
            assertEquals(404, page.statusCode(), path);
            assertThat(path, page.asString(), containsString("with id " + UNKNOWN));
        }
    }

    @Test
    void keepsTheLeadsFormsFromOtherRoles() {
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        Finding area = Fixtures.areasOf(review).get(0);
        Browser officer = Browser.signedInAs("officer");
        for (String path : List.of("/reviews/new", "/reviews/" + review.id + "/edit",
                "/reviews/" + review.id + "/themes/new", "/themes/" + theme.id + "/edit",
                "/themes/" + theme.id + "/findings/new", "/findings/" + area.id + "/edit")) {
            assertEquals(403, officer.get(path).statusCode(), path);
        }
        assertThat(officer.get("/reviews").asString(), not(containsString("Add a review")));

        // The officer has no review form to take a token from; the sign-in form gives one just the same.
        String organisation = Fixtures.unique("Officer shire");
        Response sent = officer.submit("/sign-in", "/reviews", reviewFields(Fixtures.unique("Review"), organisation));
        assertEquals(403, sent.statusCode());
        assertThat(sent.asString(), not(containsString("Your form could not be sent")));
        assertThat(organisationsReviewed(), not(hasItem(organisation)));
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() {
        Response page = Browser.anonymous().get("/reviews");
        assertEquals(302, page.statusCode());
        assertThat(page.header("Location"), containsString("/sign-in?return=%2Freviews"));
    }

    @Test
    void refusesAFormPostWithoutItsToken() {
        Browser lead = Browser.signedInAs("lead");
        lead.get("/reviews/new");
        String organisation = Fixtures.unique("Forged shire");

        Response sent = lead.request().formParams(reviewFields(Fixtures.unique("Review"), organisation))
                .post("/reviews");

        assertEquals(403, sent.statusCode());
        assertThat(sent.asString(), containsString("Your form could not be sent"));
        assertThat(organisationsReviewed(), not(hasItem(organisation)));
    }
}
