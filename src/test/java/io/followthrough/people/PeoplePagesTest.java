package io.followthrough.people;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PeoplePagesTest {

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

    /** The table row of one person on the people page. */
    private static String rowOf(String html, long personId) {
        int start = html.indexOf("id=\"person-" + personId + "\"");
        if (start < 0) {
            throw new AssertionError("Person " + personId + " is not listed");
        }
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static String uniqueEmail() {
        return Fixtures.unique("person").replaceAll("[^a-z0-9]+", ".") + "@example.gov.uk";
    }

    private static Map<String, String> personFields(String name, String email, String partner) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("jobTitle", "Achievement Officer");
        fields.put("team", "Post-16");
        fields.put("email", email);
        fields.put("partner", partner);
        fields.put("signInName", "");
        return fields;
    }

    private static int peopleCount() {
        return as("lead").get("/api/people").then().statusCode(200).extract().path("total");
    }

    private static long idAfter(String prefix, Response response) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(response.header("Location"));
        if (!m.find()) {
            throw new AssertionError("No " + prefix + " id in " + response.header("Location"));
        }
        return Long.parseLong(m.group(1));
    }

    @Test
    void listsPeopleWithTheirDetailsAndThePartners() {
        Partner partner = Fixtures.partner();
        Person person = Fixtures.person(partner);

        Response page = Browser.signedInAs("councillor").get("/people");

        assertEquals(200, page.statusCode());
        assertThat(title(page), startsWith("People and partners – Followthrough"));
        String row = rowOf(page.asString(), person.id);
        assertThat(row, containsString(">" + person.name + "<"));
        assertThat(row, containsString(">Virtual School Officer<"));
        assertThat(row, containsString(">" + partner.name + "<"));
        assertThat(row, containsString(">" + person.email + "<"));
        assertThat(page.asString(), containsString("<li id=\"partner-" + partner.id + "\">" + partner.name + "</li>"));
        assertThat(page.asString(), not(containsString("Add a person")));
        assertThat(page.asString(), not(containsString("/people/" + person.id + "/edit")));
    }

    @Test
    void offersTheLeadToAddAndChangePeople() {
        Person person = Fixtures.person();
        String html = Browser.signedInAs("lead").get("/people").asString();

        assertThat(html, containsString("href=\"/people/new\">Add a person</a>"));
        assertThat(html, containsString("href=\"/partners/new\">Add a partner</a>"));
        assertThat(rowOf(html, person.id), containsString("href=\"/people/" + person.id + "/edit\">Change"));
    }

    @Test
    void addsAPersonWithAPartnerChosenFromTheList() {
        Partner partner = Fixtures.partner();
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/people/new");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Add a person – "));
        assertThat(form.asString(),
                containsString("<option value=\"" + partner.name + "\">" + partner.name + "</option>"));

        String name = Fixtures.unique("Sam Officer");
        String email = uniqueEmail();
        Response sent = lead.submit("/people/new", "/people", personFields(name, email, partner.name));

        assertEquals(303, sent.statusCode());
        long id = idAfter("#person-", sent);
        assertThat(sent.header("Location"), endsWith("/people#person-" + id));
        String row = rowOf(lead.get("/people").asString(), id);
        assertThat(row, containsString(">" + name + "<"));
        assertThat(row, containsString(">Achievement Officer<"));
        assertThat(row, containsString(">Post-16<"));
        assertThat(row, containsString(">" + partner.name + "<"));
        assertThat(row, containsString(">" + email + "<"));
    }

    @Test
    void showsAPersonFormWithProblemsAgainAndSavesNothing() {
        Browser lead = Browser.signedInAs("lead");
        int before = peopleCount();
        Map<String, String> fields = personFields(" ", "not an email", "");
        fields.put("jobTitle", "");

        Response page = lead.submit("/people/new", "/people", fields);

        assertEquals(400, page.statusCode());
        assertThat(title(page), startsWith("Add a person (error) – "));
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(shown(page), containsString("<a href=\"#name\">Enter the person's name</a>"));
        assertThat(shown(page), containsString("<a href=\"#jobTitle\">Enter the person's job title</a>"));
        assertThat(page.asString(), containsString("Enter an email address in the correct format"));
        assertThat(page.asString(), containsString("value=\"not an email\""));
        String html = page.asString();
        assertThat("errors are listed in the order of the form", html.indexOf("href=\"#name\""),
                lessThan(html.indexOf("href=\"#jobTitle\"")));
        assertThat(html.indexOf("href=\"#jobTitle\""), lessThan(html.indexOf("href=\"#email\"")));
        assertEquals(before, peopleCount());
    }

    @Test
    void refusesAnEmailSomeoneElseHas() {
        Person existing = Fixtures.person();
        int before = peopleCount();

        Response page = Browser.signedInAs("lead").submit("/people/new", "/people",
                personFields(Fixtures.unique("Copy"), existing.email, ""));

        assertEquals(400, page.statusCode());
        assertThat(page.asString(), containsString("There is a problem"));
        assertThat(page.asString(), containsString("Someone else already has this email address"));
        assertEquals(before, peopleCount());
    }

    @Test
    void changesAPersonsDetailsAndPartner() {
        Partner partner = Fixtures.partner();
        Person person = Fixtures.person();
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/people/" + person.id + "/edit");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Change a person’s details – "));
        assertThat(form.asString(), containsString("value=\"" + person.name + "\""));
        assertThat(form.asString(), containsString("value=\"" + person.email + "\""));

        Map<String, String> fields = personFields(person.name, person.email, partner.name);
        fields.put("jobTitle", "Head of Post-16");
        Response sent = lead.submit("/people/" + person.id + "/edit", "/people/" + person.id, fields);

        assertEquals(303, sent.statusCode());
        assertThat(sent.header("Location"), endsWith("/people#person-" + person.id));
        as("lead").get("/api/people/{id}", person.id).then()
                .body("jobTitle", equalTo("Head of Post-16")).body("partner", equalTo(partner.name));
    }

    @Test
    void addsAPartner() {
        Browser lead = Browser.signedInAs("lead");
        Response form = lead.get("/partners/new");
        assertEquals(200, form.statusCode());
        assertThat(title(form), startsWith("Add a partner – "));

        String name = Fixtures.unique("Early Years");
        Response sent = lead.submit("/partners/new", "/partners", Map.of("name", name));

        assertEquals(303, sent.statusCode());
        long id = idAfter("#partner-", sent);
        assertThat(lead.get("/people").asString(), containsString("<li id=\"partner-" + id + "\">" + name + "</li>"));
        assertThat(lead.get("/people/new").asString(), containsString("<option value=\"" + name + "\">"));
    }

    @Test
    void refusesAPartnerWithoutANameOrWithATakenOne() {
        Partner existing = Fixtures.partner();
        Browser lead = Browser.signedInAs("lead");

        Response blank = lead.submit("/partners/new", "/partners", Map.of("name", " "));
        assertEquals(400, blank.statusCode());
        assertThat(blank.asString(), containsString("There is a problem"));
        assertThat(shown(blank), containsString("Enter the partner's name"));

        Response taken = lead.submit("/partners/new", "/partners", Map.of("name", existing.name.toLowerCase()));
        assertEquals(400, taken.statusCode());
        assertThat(taken.asString(), containsString("There is already a partner called"));
        as("lead").queryParam("size", 200).get("/api/partners").then().body("items.name", not(hasItem(existing.name.toLowerCase())));
    }

    @Test
    void answers404ForAnUnknownPerson() {
        Response page = Browser.signedInAs("lead").get("/people/" + UNKNOWN + "/edit");
        assertEquals(404, page.statusCode());
        assertThat(page.asString(), containsString("There is no person with id " + UNKNOWN));
    }

    @Test
    void keepsTheLeadsFormsFromOtherRoles() {
        Person person = Fixtures.person();
        Browser officer = Browser.signedInAs("officer");
        for (String path : List.of("/people/new", "/people/" + person.id + "/edit", "/partners/new")) {
            assertEquals(403, officer.get(path).statusCode(), path);
        }

        // The officer has no partner form to take a token from; the sign-in form gives one just the same.
        String name = Fixtures.unique("Officer partner");
        Response sent = officer.submit("/sign-in", "/partners", Map.of("name", name));
        assertEquals(403, sent.statusCode());
        assertThat(sent.asString(), not(containsString("Your form could not be sent")));
        as("lead").queryParam("size", 200).get("/api/partners").then().body("items.name", not(hasItem(name)));
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() {
        Response page = Browser.anonymous().get("/people");
        assertEquals(302, page.statusCode());
        assertThat(page.header("Location"), containsString("/sign-in?return=%2Fpeople"));
    }

    @Test
    void refusesAFormPostWithoutItsToken() {
        Browser lead = Browser.signedInAs("lead");
        lead.get("/partners/new");
        String name = Fixtures.unique("Forged partner");

        Response sent = lead.request().formParam("name", name).post("/partners");

        assertEquals(403, sent.statusCode());
        assertThat(sent.asString(), containsString("Your form could not be sent"));
        as("lead").queryParam("size", 200).get("/api/partners").then().body("items.name", not(hasItem(name)));
    }
}
