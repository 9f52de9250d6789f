package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportPublishingTest {

    int reportId;

    @BeforeEach
    void arrange() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Fixtures.action(plan, lead).reference("3.2.1").create();
        reportId = as("lead").body(Map.of("kind", "ENDORSEMENT", "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
    }

    private byte[] download(String path) {
        return as("councillor").accept("*/*").get(path).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void aPublishedVersionReturnsTheSameBytesForeverAndEditingStartsTheNextVersion() {
        as("councillor").get("/api/reports/{id}/versions", reportId).then().statusCode(200).body("", hasSize(0));
        as("lead").body(Map.of()).post("/api/reports/{id}/publish", reportId).then().statusCode(201)
                .body("number", equalTo(1));
        byte[] pdf = download("/api/reports/" + reportId + "/versions/1.pdf");
        byte[] docx = download("/api/reports/" + reportId + "/versions/1.docx");
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        assertTrue(docx[0] == 'P' && docx[1] == 'K');

        as("lead").body(Map.of("text", "A rewritten purpose after the Executive's questions."))
                .put("/api/reports/{id}/sections/purpose", reportId).then().statusCode(200);
        as("lead").body(Map.of()).post("/api/reports/{id}/publish", reportId).then().statusCode(201)
                .body("number", equalTo(2)).body("changedSections", contains("purpose"));

        assertArrayEquals(pdf, download("/api/reports/" + reportId + "/versions/1.pdf"));
        assertArrayEquals(docx, download("/api/reports/" + reportId + "/versions/1.docx"));
        as("councillor").get("/api/reports/{id}/versions", reportId).then().body("number", contains(1, 2));
    }

    @Test
    void theGuardBlocksAChildsNameUntilTheLeadOverridesItWithAReason() {
        as("lead").body(Map.of("text", "Jayden's school praised the Virtual School."))
                .put("/api/reports/{id}/sections/recommendation", reportId).then().statusCode(200);
        String itemId = as("slt").get("/api/reports/{id}/guard", reportId).then().statusCode(200)
                .body("", hasSize(1)).body("[0].kind", equalTo("CHILD_NAME"))
                .body("[0].excerpt", containsString("J•••••")).extract().path("[0].itemId");
        as("lead").body(Map.of()).post("/api/reports/{id}/publish", reportId).then().statusCode(400)
                .body("errors[0].field", equalTo(itemId));
        as("lead").body(Map.of("overrides", List.of(Map.of("itemId", itemId, "reason", " "))))
                .post("/api/reports/{id}/publish", reportId).then().statusCode(400);
        as("lead").body(Map.of("overrides", List.of(Map.of("itemId", itemId,
                        "reason", "Jayden is the name of a school here, not a child"))))
                .post("/api/reports/{id}/publish", reportId).then().statusCode(201)
                .body("overrides[0].reason", containsString("name of a school"));
    }

    @Test
    void theWordPreviewOpensAndOnlyTheLeadPublishes() {
        byte[] docx = as("slt").accept("*/*").get("/api/reports/{id}/preview.docx", reportId).then().statusCode(200)
                .extract().asByteArray();
        assertTrue(docx.length > 1000);
        as("slt").body(Map.of()).post("/api/reports/{id}/publish", reportId).then().statusCode(403);
        as("councillor").accept("*/*").get("/api/reports/{id}/versions/1.pdf", reportId).then().statusCode(404);
    }
}
