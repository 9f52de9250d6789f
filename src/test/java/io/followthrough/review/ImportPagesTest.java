package io.followthrough.review;

import io.followthrough.review.importing.LongLetter;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ImportPagesTest {

    private static byte[] seedLetter() throws Exception {
        try (InputStream in = ImportPagesTest.class.getClassLoader()
                .getResourceAsStream("demo/nottinghamshire-peer-challenge.md")) {
            return in.readAllBytes();
        }
    }

    private static io.restassured.response.Response upload(Browser browser, String name, byte[] content) {
        String token = browser.csrfFrom(browser.get("/imports/new").asString());
        return browser.request().multiPart("file", name, content).multiPart("csrf-token", token).post("/imports");
    }

    @Test
    void anUploadLeadsToThePreviewBesideTheOriginalText() throws Exception {
        Browser lead = Browser.signedInAs("lead");
        lead.get("/imports/new").then().statusCode(200).body(containsString("<title>Import a review document"));
        String location = upload(lead, "letter.md", seedLetter()).then().statusCode(303)
                .header("Location", matchesPattern(".*/imports/\\d+")).extract().header("Location");
        lead.get(location).then().statusCode(200)
                .body(containsString("Check the imported review"))
                .body(containsString("value=\"Nottinghamshire\""))
                .body(containsString("In the document (lines"))
                .body(containsString("Text not placed"));
    }

    @Test
    void aFileThatCannotBeReadIsShownOnTheFormWithItsReason() {
        Browser lead = Browser.signedInAs("lead");
        upload(lead, "empty.docx", new byte[0]).then().statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("The file is empty"));
    }

    @Test
    void aSixtyFindingLetterOpensWithAnOverviewOfItsThemesLinkedToEach() {
        Browser lead = Browser.signedInAs("lead");
        String location = upload(lead, "long.md", LongLetter.markdown(Fixtures.unique("Ref:"))).then().statusCode(303)
                .extract().header("Location");
        Document page = Jsoup.parse(lead.get(location).then().statusCode(200).extract().asString());

        assertTrue(page.select("main p").text().contains("Followthrough read 8 themes and 60 findings (21 strengths "
                + "and 39 areas for consideration), and 1 piece of text it could not place."), page.select("main p").text());
        List<Element> overview = page.select("#overview + ul > li");
        assertEquals(LongLetter.THEMES.size() + 1, overview.size());
        for (int t = 0; t < LongLetter.THEMES.size(); t++) {
            LongLetter.Theme theme = LongLetter.THEMES.get(t);
            Element link = overview.get(t).selectFirst("a");
            assertEquals(theme.number() + " " + theme.title(), link.text());
            assertNotNull(page.getElementById(link.attr("href").substring(1)), "the theme the overview links to");
            assertTrue(page.getElementById(link.attr("href").substring(1)).text().endsWith(theme.title()));
        }
        assertEquals("3.2 Personal education plans: 1 strength, 7 areas for consideration", overview.get(1).text());
        assertEquals("3.1 Leadership, vision and governance: 3 strengths, 5 areas for consideration",
                overview.get(0).text());
        assertEquals("Text not placed: 1 piece of text", overview.get(8).text());
        assertEquals("#unplaced", overview.get(8).selectFirst("a").attr("href"));
        assertNotNull(page.getElementById("unplaced"));
    }

    @Test
    void eachFieldOfTheCorrectionPageIsLabelledInWordsAndSizedToItsText() {
        Browser lead = Browser.signedInAs("lead");
        String location = upload(lead, "long.md", LongLetter.markdown(Fixtures.unique("Ref:"))).then().statusCode(303)
                .extract().header("Location");
        Document page = Jsoup.parse(lead.get(location).then().statusCode(200).extract().asString());

        List<String> labels = page.select("label").eachText();
        assertTrue(labels.contains("Kind of finding 3 in theme 3.3 Attendance, exclusions and reduced timetables"), labels.toString());
        assertTrue(labels.contains("Text of finding 1 in theme 3.2 Personal education plans"));
        assertTrue(labels.contains("Theme of finding 9 in theme " + LongLetter.THEMES.get(7).number() + " "
                + LongLetter.THEMES.get(7).title()));
        assertTrue(labels.contains("Theme to place unplaced text 1 in"));
        assertTrue(labels.stream().noneMatch(l -> l.matches(".*\\b[fu]\\d+\\b.*")), "no label names an id");
        assertTrue(page.select("button .govuk-visually-hidden").eachText().stream()
                .noneMatch(t -> t.matches(".*\\b[fu]\\d+\\b.*")), "no button names an id");

        // Theme choices show each theme's whole title, however long.
        String longest = LongLetter.THEMES.get(7).number() + " " + LongLetter.THEMES.get(7).title();
        assertTrue(page.select("select[name$=-theme] option").eachText().contains(longest));

        // A one-line finding gets a small box; a paragraph a tall one, within a limit.
        Map<String, Integer> rows = new java.util.HashMap<>();
        for (Element area : page.select("textarea[name^=finding-]")) {
            rows.put(area.text(), Integer.parseInt(area.attr("rows")));
        }
        String shortFinding = LongLetter.finding(0, true, 1);
        String longFinding = LongLetter.finding(0, true, 0);
        assertTrue(rows.get(shortFinding) <= 4, shortFinding + ": rows " + rows.get(shortFinding));
        assertTrue(rows.get(longFinding) >= 9 && rows.get(longFinding) <= 20, "rows " + rows.get(longFinding));
        assertTrue(rows.values().stream().allMatch(r -> r >= 3 && r <= 20));
    }

    @Test
    void importingTheSameDocumentAgainWarnsAndLinksToTheEarlierImportThenToItsReview() {
        Browser lead = Browser.signedInAs("lead");
        byte[] letter = LongLetter.markdown(Fixtures.unique("Ref:"));
        String first = upload(lead, "long.md", letter).then().statusCode(303).extract().header("Location");
        lead.get(first).then().statusCode(200).body(not(containsString("id=\"duplicate\"")));
        long firstId = Long.parseLong(first.replaceAll(".*/", ""));

        String second = upload(lead, "copy of long.md", letter).then().statusCode(303).extract().header("Location");
        Document page = Jsoup.parse(lead.get(second).then().statusCode(200).extract().asString());
        Element warning = page.getElementById("duplicate");
        assertNotNull(warning, "the second import of the same bytes warns");
        assertTrue(warning.text().contains("This document is identical to long.md, imported on"), warning.text());
        assertTrue(warning.text().contains("not yet confirmed"));
        assertEquals("/imports/" + firstId, warning.selectFirst("a").attr("href"));

        long reviewId = confirmByApi(firstId);
        warning = Jsoup.parse(lead.get(second).asString()).getElementById("duplicate");
        assertTrue(warning.text().contains("which is already the review Eastmoor peer challenge"), warning.text());
        assertEquals("/reviews/" + reviewId, warning.selectFirst("a").attr("href"));

        // A different document, however alike, is not a duplicate.
        String other = upload(lead, "long.md", LongLetter.markdown(Fixtures.unique("Ref:"))).then().statusCode(303)
                .extract().header("Location");
        assertFalse(lead.get(other).asString().contains("id=\"duplicate\""));
    }

    @Test
    void creatingAnImportAndThenItsReviewEachConfirmWithABanner() throws Exception {
        Browser lead = Browser.signedInAs("lead");
        String location = upload(lead, "letter.md", seedLetter()).then().statusCode(303).extract().header("Location");
        lead.get(location).then().statusCode(200)
                .body(containsString("govuk-notification-banner--success"))
                .body(containsString("Review imported: check the themes and findings below"));
        lead.get(location).then().body(not(containsString("govuk-notification-banner--success")));

        String review = lead.submit(location, location, Map.of("op", "confirm", "title", "Peer challenge",
                        "reviewingBody", "NAVSH", "organisation", "Nottinghamshire", "type", "NAVSH_PEER_REVIEW"))
                .then().statusCode(303).header("Location", matchesPattern(".*/reviews/\\d+")).extract().header("Location");
        lead.get(review).then().statusCode(200)
                .body(containsString("govuk-notification-banner--success"))
                .body(containsString("Review created from the import"));
    }

    /** Confirms an import through the API with the metadata it needs and nothing left to place. */
    static long confirmByApi(long importId) {
        io.restassured.path.json.JsonPath draft = as("lead").get("/api/imports/{id}", importId).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> corrected = new java.util.HashMap<>(draft.getMap(""));
        Map<String, Object> metadata = new java.util.HashMap<>(draft.getMap("metadata"));
        metadata.put("title", "Eastmoor peer challenge");
        metadata.put("reviewingBody", "NAVSH");
        metadata.put("organisation", "Eastmoor");
        corrected.put("metadata", metadata);
        corrected.put("unplaced", List.of());
        as("lead").body(corrected).put("/api/imports/{id}", importId).then().statusCode(200);
        return as("lead").post("/api/imports/{id}/confirm", importId).then().statusCode(201).extract().jsonPath()
                .getLong("reviewId");
    }

    @Test
    void onlyThePlanLeadImports() {
        Browser.signedInAs("officer").get("/imports/new").then().statusCode(403);
        Browser.signedInAs("councillor").get("/imports/new").then().statusCode(403);
    }
}
