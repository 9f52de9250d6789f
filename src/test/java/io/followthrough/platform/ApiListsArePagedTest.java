package io.followthrough.platform;

import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * No list in the API answers with everything it holds: after a long import fuzz run {@code GET /api/imports} was
 * 373 MB in one response. Every list takes {@code page} and {@code size} and answers the same page shape as plans and
 * people.
 */
@QuarkusTest
class ApiListsArePagedTest {

    private static final List<String> LISTS = List.of("/api/imports", "/api/reviews", "/api/terms", "/api/partners");

    @Test
    void everyListAnswersOnePageAtATimeAndSaysHowManyThereAre() throws Exception {
        for (int i = 0; i < 2; i++) {
            Fixtures.review();
            Fixtures.partner();
            as("lead").contentType("multipart/form-data").multiPart("file", "letter.md", seedLetter())
                    .post("/api/imports").then().statusCode(201);
            as("lead").body(Map.of("academicYear", "2190-91", "season", i == 0 ? "AUTUMN" : "SPRING",
                    "startDate", i == 0 ? "2190-09-01" : "2191-01-05",
                    "endDate", i == 0 ? "2190-12-20" : "2191-03-31")).post("/api/terms");
        }
        for (String list : LISTS) {
            long total = ((Number) as("lead").queryParam("size", 1).get(list).then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("page", equalTo(0))
                    .body("size", equalTo(1))
                    .body("total", greaterThanOrEqualTo(2))
                    .extract().path("total")).longValue();
            as("lead").queryParam("size", 1).get(list).then().body("pageCount", equalTo((int) total));
            Object first = as("lead").queryParam("size", 1).get(list).then().extract().path("items[0].id");
            Object second = as("lead").queryParam("size", 1).queryParam("page", 1).get(list).then().statusCode(200)
                    .body("page", equalTo(1)).extract().path("items[0].id");
            assertNotEquals(first, second, list + ": the second page starts after the first");
            as("lead").get(list).then().statusCode(200).body("size", equalTo(50));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/imports", "/api/reviews", "/api/terms", "/api/partners"})
    void aPageSizeOverTheMaximumOrANegativePageIsRefusedNamingTheField(String list) {
        as("lead").queryParam("size", PageRequest.MAX_SIZE + 1).get(list).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("size"));
        as("lead").queryParam("page", -1).get(list).then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void aYearOfTermsIsOnePageOfThree() {
        as("lead").queryParam("year", "2191-92").get("/api/terms").then().statusCode(200)
                .body("items", hasSize(3)).body("total", equalTo(3)).body("pageCount", equalTo(1));
    }

    @Test
    void thePagesOfAListTogetherHoldEachItemOnce() {
        for (int i = 0; i < 3; i++) {
            Fixtures.partner();
        }
        List<Integer> all = as("lead").queryParam("size", PageRequest.MAX_SIZE).get("/api/partners").then()
                .extract().path("items.id");
        int pages = as("lead").queryParam("size", 2).get("/api/partners").then().extract().path("pageCount");
        List<Integer> paged = new java.util.ArrayList<>();
        for (int page = 0; page < pages; page++) {
            paged.addAll(as("lead").queryParam("size", 2).queryParam("page", page).get("/api/partners").then()
                    .extract().path("items.id"));
        }
        assertEquals(all, paged);
    }

    private static byte[] seedLetter() throws Exception {
        try (InputStream in = ApiListsArePagedTest.class.getClassLoader()
                .getResourceAsStream("demo/nottinghamshire-peer-challenge.md")) {
            return in.readAllBytes();
        }
    }
}
