package io.followthrough.term;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Terms are shared by the whole database, so each test keeps to academic years no other test uses. */
@QuarkusTest
class TermResourceTest {

    private static final long UNKNOWN = 987654321L;

    private static Map<String, Object> term(String year, String season, String start, String end) {
        return Map.of("academicYear", year, "season", season, "startDate", start, "endDate", end);
    }

    private static List<String> namesOfYear(String year) {
        return as("lead").queryParam("size", 200).get("/api/terms").then().statusCode(200)
                .extract().path("items.findAll { it.academicYear == '" + year + "' }.name");
    }

    @Test
    void aYearGivesItsThreeTermsWithTheDefaultEnglishDates() {
        List<Integer> ids = as("officer").queryParam("year", "2090-91").get("/api/terms")
                .then().statusCode(200)
                .body("items.name", contains("Autumn 2090", "Spring 2091", "Summer 2091"))
                .body("items.season", contains("AUTUMN", "SPRING", "SUMMER"))
                .body("items.academicYear", contains("2090-91", "2090-91", "2090-91"))
                .body("items.startDate", contains("2090-09-01", "2091-01-01", "2091-04-01"))
                .body("items.endDate", contains("2090-12-31", "2091-03-31", "2091-08-31"))
                .extract().path("items.id");

        List<Integer> again = as("lead").queryParam("year", "2090-91").get("/api/terms")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(ids, again);
        assertEquals(List.of("Autumn 2090", "Spring 2091", "Summer 2091"), namesOfYear("2090-91"));
    }

    @Test
    void refusesAYearNotWrittenLike2027To28() {
        for (String bad : List.of("2092-94", "2092", "92-93", "2092/93")) {
            as("lead").queryParam("year", bad).get("/api/terms")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("year"))
                    .body("errors[0].message", containsString("2026-27"));
        }
        assertEquals(List.of(), namesOfYear("2092-93"));
    }

    @Test
    void createsATermAndChangesItsDates() {
        String location = as("lead").body(term("2094-95", "AUTUMN", "2094-09-03", "2094-12-19")).post("/api/terms")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/terms/\\d+"))
                .body("name", equalTo("Autumn 2094"))
                .body("startDate", equalTo("2094-09-03"))
                .extract().header("Location");
        int id = as("councillor").get(location).then().statusCode(200).extract().path("id");

        as("lead").body(term("2094-95", "AUTUMN", "2094-09-05", "2094-12-20")).put("/api/terms/{id}", id)
                .then().statusCode(200).body("startDate", equalTo("2094-09-05")).body("endDate", equalTo("2094-12-20"));
        as("slt").get("/api/terms/{id}", id).then().body("startDate", equalTo("2094-09-05"));
    }

    @Test
    void refusesATermThatOverlapsAnother() {
        as("lead").body(term("2096-97", "AUTUMN", "2096-09-01", "2096-12-20")).post("/api/terms")
                .then().statusCode(201);
        as("lead").body(term("2096-97", "SPRING", "2096-12-01", "2097-03-31")).post("/api/terms")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("startDate"))
                .body("errors[0].message", equalTo("These dates overlap another term"));
        assertEquals(List.of("Autumn 2096"), namesOfYear("2096-97"));
    }

    @Test
    void refusesASecondTermOfTheSameSeasonInAYear() {
        as("lead").body(term("2098-99", "SPRING", "2099-01-04", "2099-03-26")).post("/api/terms")
                .then().statusCode(201);
        as("lead").body(term("2098-99", "SPRING", "2099-04-10", "2099-04-20")).post("/api/terms")
                .then().statusCode(400).body("errors.field", contains("season"))
                .body("errors[0].message", containsString("already exists"));
        assertEquals(List.of("Spring 2099"), namesOfYear("2098-99"));
    }

    @Test
    void refusesDatesInTheWrongOrderOrOutsideTheYear() {
        as("lead").body(term("2100-01", "AUTUMN", "2100-12-20", "2100-09-01")).post("/api/terms")
                .then().statusCode(400).body("errors.field", contains("endDate"));
        as("lead").body(term("2100-01", "AUTUMN", "2099-09-01", "2099-12-20")).post("/api/terms")
                .then().statusCode(400).body("errors.field", contains("startDate"))
                .body("errors[0].message", containsString("within the academic year 2100-01"));
        as("lead").body(term("2100-02", "AUTUMN", "2100-09-01", "2100-12-20")).post("/api/terms")
                .then().statusCode(400).body("errors.field", contains("academicYear"));
        assertEquals(List.of(), namesOfYear("2100-01"));
    }

    @Test
    void refusesAnUnknownSeasonOrMissingFieldsNamingThem() {
        as("lead").body(term("2102-03", "WINTER", "2102-09-01", "2102-12-20")).post("/api/terms")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("season"))
                .body("errors[0].message", containsString("AUTUMN"))
                .body(not(containsString("Exception")));
        as("lead").body(Map.of("academicYear", "2102-03")).post("/api/terms")
                .then().statusCode(400).body("errors.field", hasSize(3))
                .body("errors.field", contains("endDate", "season", "startDate"));
    }

    @Test
    void aTermKeepsItsYearAndSeason() {
        int id = as("lead").queryParam("year", "2104-05").get("/api/terms").then().extract().path("items[0].id");
        as("lead").body(term("2104-05", "SPRING", "2104-09-01", "2104-12-31")).put("/api/terms/{id}", id)
                .then().statusCode(400).body("errors.field", contains("season"));
        as("lead").get("/api/terms/{id}", id).then().body("name", equalTo("Autumn 2104"));
    }

    @Test
    void answers404ForAnUnknownTerm() {
        as("lead").get("/api/terms/{id}", UNKNOWN).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(String.valueOf(UNKNOWN)));
        as("lead").body(term("2106-07", "AUTUMN", "2106-09-01", "2106-12-20")).put("/api/terms/{id}", UNKNOWN)
                .then().statusCode(404);
    }

    @Test
    void everyRoleReadsButOnlyTheLeadWrites() {
        int id = as("lead").queryParam("year", "2108-09").get("/api/terms").then().extract().path("items[0].id");

        anonymous().get("/api/terms").then().statusCode(401);
        anonymous().get("/api/terms/{id}", id).then().statusCode(401);
        for (String reader : List.of("lead", "officer", "slt", "councillor")) {
            as(reader).get("/api/terms").then().statusCode(200);
            as(reader).get("/api/terms/{id}", id).then().statusCode(200).body("name", equalTo("Autumn 2108"));
        }
        for (String other : List.of("officer", "slt", "councillor")) {
            as(other).body(term("2109-10", "AUTUMN", "2109-09-01", "2109-12-20")).post("/api/terms")
                    .then().statusCode(403).contentType("application/problem+json");
            as(other).body(term("2108-09", "AUTUMN", "2108-09-10", "2108-12-20")).put("/api/terms/{id}", id)
                    .then().statusCode(403);
        }
        assertEquals(List.of(), namesOfYear("2109-10"));
        as("lead").get("/api/terms/{id}", id).then().body("startDate", equalTo("2108-09-01"));
    }
}
