package io.followthrough.review;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ImportResourceTest {

    private static byte[] seedLetter() throws Exception {
        try (InputStream in = ImportResourceTest.class.getClassLoader()
                .getResourceAsStream("demo/nottinghamshire-peer-challenge.md")) {
            return in.readAllBytes();
        }
    }

    private static ValidatableResponse upload(String account, String name, byte[] content) {
        return as(account).contentType("multipart/form-data").multiPart("file", name, content)
                .post("/api/imports").then();
    }

    @Test
    void theSeedLetterBecomesADraftWithItsMetadataThemesFindingsAndSources() throws Exception {
        upload("lead", "letter.md", seedLetter()).statusCode(201)
                .header("Location", matchesPattern(".*/api/imports/\\d+"))
                .body("id", notNullValue())
                .body("metadata.organisation", equalTo("Nottinghamshire"))
                .body("metadata.onSiteFrom", equalTo("2017-06-07"))
                .body("metadata.onSiteTo", equalTo("2017-06-08"))
                .body("metadata.scope", hasSize(5))
                .body("themes.number", contains("3.1", "3.2", "3.3", "3.4", "3.5", "3.6"))
                .body("themes[1].title", equalTo("How effective is the Nottinghamshire Virtual School in building "
                        + "capacity in a school led system and in working in partnership with others?"))
                .body("themes[0].findings.kind", hasItem("STRENGTH"))
                .body("themes[0].findings.kind", hasItem("AREA_FOR_CONSIDERATION"))
                .body("themes[0].findings[0].source.fromLine", notNullValue())
                .body("unplaced", hasSize(0));
    }

    @Test
    void aCorrectedDraftIsKeptAndConfirmingCreatesTheReviewWithItsDocument() throws Exception {
        JsonPath draft = upload("lead", "letter.md", seedLetter()).statusCode(201).extract().jsonPath();
        long id = draft.getLong("id");
        Map<String, Object> withUnplaced = new java.util.HashMap<>(draft.getMap(""));
        withUnplaced.put("unplaced", List.of(Map.of("id", "u1", "text", "A line the lead has not placed yet.")));
        as("lead").body(withUnplaced).put("/api/imports/{id}", id).then().statusCode(200).body("unplaced", hasSize(1));
        as("lead").post("/api/imports/{id}/confirm", id).then().statusCode(400)
                .body("errors.field", hasItem("unplaced"));

        Map<String, Object> corrected = new java.util.HashMap<>(draft.getMap(""));
        List<Map<String, Object>> themes = draft.getList("themes");
        Map<String, Object> firstFinding = ((List<Map<String, Object>>) themes.get(0).get("findings")).get(0);
        firstFinding.put("text", "A well established, widely respected and valued Virtual School team.");
        corrected.put("themes", themes);
        corrected.put("unplaced", List.of());
        as("lead").body(corrected).put("/api/imports/{id}", id).then().statusCode(200).body("unplaced", hasSize(0));
        as("lead").get("/api/imports/{id}", id).then().statusCode(200)
                .body("themes[0].findings[0].text", equalTo("A well established, widely respected and valued Virtual School team."));

        long reviewId = as("lead").post("/api/imports/{id}/confirm", id).then().statusCode(201)
                .header("Location", containsString("/api/reviews/")).extract().jsonPath().getLong("reviewId");
        as("councillor").get("/api/reviews/{id}", reviewId).then().statusCode(200)
                .body("type", equalTo("NAVSH_PEER_REVIEW"))
                .body("documentName", equalTo("letter.md"))
                .body("themes", hasSize(6))
                .body("themes[0].findings[0].text", equalTo("A well established, widely respected and valued Virtual School team."));
        as("lead").post("/api/imports/{id}/confirm", id).then().statusCode(409);
        byte[] original = as("councillor").accept("*/*").get("/api/reviews/{id}/document", reviewId).then()
                .statusCode(200).header("Content-Disposition", containsString("letter.md")).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(seedLetter(), original);
    }

    @Test
    void aDraftWithAnEmptyFindingIsRefusedAndTheSavedDraftIsUnchanged() throws Exception {
        JsonPath draft = upload("lead", "letter.md", seedLetter()).statusCode(201).extract().jsonPath();
        long id = draft.getLong("id");
        Map<String, Object> corrected = new java.util.HashMap<>(draft.getMap(""));
        List<Map<String, Object>> themes = draft.getList("themes");
        ((List<Map<String, Object>>) themes.get(0).get("findings")).get(0).put("text", " ");
        corrected.put("themes", themes);
        as("lead").body(corrected).put("/api/imports/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("themes[0].findings[0].text"));
        as("lead").get("/api/imports/{id}", id).then().body("themes[0].findings[0].text", containsString("well established"));
    }

    @Test
    void badFilesGetAClearRefusalNeverA500() {
        upload("lead", "empty.pdf", new byte[0]).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("detail", containsString("empty"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        upload("lead", "letter.pdf", png).statusCode(415).body("errors[0].field", equalTo("file"));
        upload("lead", "broken.pdf", "%PDF-1.7 this is not really a PDF".getBytes()).statusCode(400)
                .body("errors[0].field", equalTo("file"));
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        upload("lead", "notes.txt", garbage).statusCode(415);
    }

    @Test
    void aSecondImportOfTheSameBytesCarriesALinkToTheFirstAndThenToItsReview() {
        byte[] letter = io.followthrough.review.importing.LongLetter.markdown(
                io.followthrough.support.Fixtures.unique("Ref:"));
        long first = upload("lead", "long.md", letter).statusCode(201).body("duplicate", nullValue())
                .extract().jsonPath().getLong("id");

        long second = upload("lead", "again.md", letter).statusCode(201)
                .body("duplicate.importId", equalTo((int) first))
                .body("duplicate.fileName", equalTo("long.md"))
                .body("duplicate.reviewId", nullValue())
                .body("duplicate.href", equalTo("/api/imports/" + first))
                .extract().jsonPath().getLong("id");

        long reviewId = ImportPagesTest.confirmByApi(first);
        as("lead").get("/api/imports/{id}", second).then().statusCode(200)
                .body("duplicate.reviewId", equalTo((int) reviewId))
                .body("duplicate.reviewTitle", equalTo("Eastmoor peer challenge"))
                .body("duplicate.href", equalTo("/api/reviews/" + reviewId));
        // The server's own field comes back in a saved draft without harm, and is not taken from the client.
        Map<String, Object> sent = new java.util.HashMap<>(as("lead").get("/api/imports/{id}", second).then()
                .extract().jsonPath().getMap(""));
        sent.put("duplicate", Map.of("importId", 1, "href", "https://elsewhere.example/"));
        as("lead").body(sent).put("/api/imports/{id}", second).then().statusCode(200)
                .body("duplicate.href", equalTo("/api/reviews/" + reviewId));
        as("lead").delete("/api/imports/{id}", second).then().statusCode(204);
    }

    @Test
    void onlyThePlanLeadImports() throws Exception {
        upload("officer", "letter.md", seedLetter()).statusCode(403);
        upload("slt", "letter.md", seedLetter()).statusCode(403);
        upload("councillor", "letter.md", seedLetter()).statusCode(403);
        anonymous().get("/api/imports").then().statusCode(401);
    }
}
