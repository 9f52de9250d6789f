package io.followthrough.review;

import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ReviewResourceTest {

    private static final long UNKNOWN = 987654321L;

    private static Map<String, Object> newReview(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("type", "NAVSH_PEER_REVIEW");
        body.put("reviewingBody", "NAVSH");
        body.put("organisation", "Testshire Virtual School");
        body.put("reportDate", "2026-06-30");
        body.put("onSiteFrom", "2026-06-07");
        body.put("onSiteTo", "2026-06-08");
        body.put("leadReviewer", "Alex Reviewer");
        body.put("scope", List.of("How effective is the Virtual School?", "How well does it work with partners?"));
        return body;
    }

    @Test
    void createsAReviewAndAnswersWithItsAddressAndEveryField() {
        String title = Fixtures.unique("Peer review");
        String location = as("lead").body(newReview(title)).post("/api/reviews")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/reviews/\\d+"))
                .body("id", notNullValue())
                .body("title", equalTo(title))
                .body("type", equalTo("NAVSH_PEER_REVIEW"))
                .body("reviewingBody", equalTo("NAVSH"))
                .body("organisation", equalTo("Testshire Virtual School"))
                .body("reportDate", equalTo("2026-06-30"))
                .body("onSiteFrom", equalTo("2026-06-07"))
                .body("onSiteTo", equalTo("2026-06-08"))
                .body("leadReviewer", equalTo("Alex Reviewer"))
                .body("scope", contains("How effective is the Virtual School?", "How well does it work with partners?"))
                .body("themes", empty())
                .extract().header("Location");

        as("councillor").get(location).then().statusCode(200).body("title", equalTo(title));
        as("slt").queryParam("size", 200).get("/api/reviews").then().statusCode(200).body("items.title", hasItem(title));
    }

    @Test
    void readsAReviewWithItsThemesAndFindingsInTheReviewsOrder() {
        Review review = Fixtures.review();
        as("officer").get("/api/reviews/{id}", review.id).then().statusCode(200)
                .body("themes.number", contains("3.2"))
                .body("themes[0].title", equalTo("How effective is the Virtual School in working in partnership?"))
                .body("themes[0].findings.kind",
                        contains("STRENGTH", "AREA_FOR_CONSIDERATION", "AREA_FOR_CONSIDERATION"))
                .body("themes[0].findings.text", contains("A well established and respected team.",
                        "Hold all partners to account.", "Measure the impact of Pupil Premium Plus."));
    }

    @Test
    void addsAThemeAndThenAFindingUnderIt() {
        Review review = Fixtures.review();
        String themeLocation = as("lead")
                .body(Map.of("number", "3.3", "title", "How well are post-16 students supported?"))
                .post("/api/reviews/{id}/themes", review.id)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/themes/\\d+"))
                .body("reviewId", equalTo(review.id.intValue()))
                .body("position", equalTo(1))
                .extract().header("Location");
        int themeId = as("lead").get(themeLocation).then().statusCode(200).extract().path("id");

        as("lead").body(Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "Track post-16 destinations."))
                .post("/api/themes/{id}/findings", themeId)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/findings/\\d+"))
                .body("themeId", equalTo(themeId))
                .body("$", not(hasKey("noActionReason")));

        as("slt").get("/api/reviews/{id}", review.id).then()
                .body("themes.number", contains("3.2", "3.3"))
                .body("themes[1].findings.text", contains("Track post-16 destinations."));
    }

    @Test
    void updatesAReviewItsThemeAndAFindingWithoutLosingTheRest() {
        Review review = Fixtures.review();
        Map<String, Object> changed = newReview("Renamed review");
        changed.put("scope", List.of("One question only"));
        as("lead").body(changed).put("/api/reviews/{id}", review.id).then().statusCode(200)
                .body("title", equalTo("Renamed review"))
                .body("scope", contains("One question only"))
                .body("themes.number", contains("3.2"));

        Theme theme = Fixtures.themeOf(review);
        as("lead").body(Map.of("number", "3.1", "title", "Partnership")).put("/api/themes/{id}", theme.id)
                .then().statusCode(200).body("number", equalTo("3.1")).body("title", equalTo("Partnership"));

        long areaId = Fixtures.areasOf(review).get(1).id;
        as("lead").body(Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "Measure the impact of Pupil Premium Plus+."))
                .put("/api/findings/{id}", areaId)
                .then().statusCode(200).body("text", equalTo("Measure the impact of Pupil Premium Plus+."));
        as("councillor").get("/api/findings/{id}", areaId).then()
                .body("text", equalTo("Measure the impact of Pupil Premium Plus+."));
    }

    /** "No action needed" is a decision of a plan (see CoverageResourceTest), never of the review's finding. */
    @Test
    void aFindingCarriesNoDecisionOfAPlan() {
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        as("lead").body(Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "A new area.", "noActionReason", "Nothing to do"))
                .post("/api/themes/{id}/findings", theme.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("'noActionReason' is not a field"));
        as("lead").get("/api/themes/{id}", theme.id).then().body("findings.text", not(hasItem("A new area.")))
                .body("findings[0]", not(hasKey("noActionReason")));
    }

    @Test
    void namesEveryBadFieldInAProblem() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("organisation", "");
        as("lead").body(body).post("/api/reviews")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("title", "type", "reviewingBody", "organisation"))
                .body("errors.find { it.field == 'type' }.message", equalTo("Choose the type of review"));
    }

    @Test
    void refusesALastDayOnSiteBeforeTheFirst() {
        String title = Fixtures.unique("Backwards review");
        Map<String, Object> body = newReview(title);
        body.put("onSiteFrom", "2026-06-08");
        body.put("onSiteTo", "2026-06-07");
        as("lead").body(body).post("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("onSiteTo"))
                .body("errors[0].message", equalTo("The last day on site must be the same as or after the first"));
        as("lead").queryParam("size", 200).get("/api/reviews").then().body("items.title", not(hasItem(title)));
    }

    @Test
    void refusesAnUnknownTypeOrKindNamingTheFieldNotTheCode() {
        Map<String, Object> body = newReview(Fixtures.unique("Odd review"));
        body.put("type", "PURPLE");
        as("lead").body(body).post("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("NAVSH_PEER_REVIEW"))
                .body(not(containsString("Exception")));

        Theme theme = Fixtures.themeOf(Fixtures.review());
        as("lead").body(Map.of("kind", "WEAKNESS", "text", "x")).post("/api/themes/{id}/findings", theme.id)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void answers404ForUnknownReviewsThemesAndFindings() {
        as("lead").get("/api/reviews/{id}", UNKNOWN).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(String.valueOf(UNKNOWN)));
        as("lead").body(newReview("x")).put("/api/reviews/{id}", UNKNOWN).then().statusCode(404);
        as("lead").body(Map.of("title", "x")).post("/api/reviews/{id}/themes", UNKNOWN).then().statusCode(404);
        as("lead").get("/api/themes/{id}", UNKNOWN).then().statusCode(404);
        as("lead").body(Map.of("title", "x")).put("/api/themes/{id}", UNKNOWN).then().statusCode(404);
        as("lead").body(Map.of("kind", "STRENGTH", "text", "x")).post("/api/themes/{id}/findings", UNKNOWN)
                .then().statusCode(404);
        as("lead").get("/api/findings/{id}", UNKNOWN).then().statusCode(404);
        as("lead").body(Map.of("kind", "STRENGTH", "text", "x")).put("/api/findings/{id}", UNKNOWN)
                .then().statusCode(404);
    }

    @Test
    void everyRoleReadsButOnlyTheLeadWrites() {
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        long findingId = Fixtures.areasOf(review).get(0).id;

        anonymous().get("/api/reviews").then().statusCode(401);
        anonymous().get("/api/reviews/{id}", review.id).then().statusCode(401);
        for (String reader : List.of("lead", "officer", "slt", "councillor")) {
            as(reader).get("/api/reviews").then().statusCode(200);
            as(reader).get("/api/reviews/{id}", review.id).then().statusCode(200).body("title", equalTo(review.title));
            as(reader).get("/api/themes/{id}", theme.id).then().statusCode(200);
            as(reader).get("/api/findings/{id}", findingId).then().statusCode(200);
        }
        for (String other : List.of("officer", "slt", "councillor")) {
            String title = Fixtures.unique("Not allowed");
            as(other).body(newReview(title)).post("/api/reviews").then().statusCode(403)
                    .contentType("application/problem+json");
            as(other).body(newReview(title)).put("/api/reviews/{id}", review.id).then().statusCode(403);
            as(other).body(Map.of("title", title)).post("/api/reviews/{id}/themes", review.id).then().statusCode(403);
            as(other).body(Map.of("title", title)).put("/api/themes/{id}", theme.id).then().statusCode(403);
            as(other).body(Map.of("kind", "STRENGTH", "text", title)).post("/api/themes/{id}/findings", theme.id)
                    .then().statusCode(403);
            as(other).body(Map.of("kind", "STRENGTH", "text", title)).put("/api/findings/{id}", findingId)
                    .then().statusCode(403);
            as("lead").queryParam("size", 200).get("/api/reviews").then().body("items.title", not(hasItem(title)));
        }
        as("lead").get("/api/reviews/{id}", review.id).then()
                .body("title", equalTo(review.title))
                .body("themes[0].title", equalTo(theme.title))
                .body("themes[0].findings.text", hasItem("Hold all partners to account."));
    }
}
