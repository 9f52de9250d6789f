package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import org.jsoup.Jsoup;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportPublishingTest {

    int reportId;

    @BeforeEach
    void arrange() {
        Person lead = Fixtures.person();
        Review review = Fixtures.review();
        Plan plan = Fixtures.plan(review, lead);
        Fixtures.action(plan, lead).reference("3.2.1").create();
        // An endorsement report goes out for a plan ready for endorsement (EndorsementGateTest for one that is not).
        for (Finding area : Fixtures.areasOf(review)) {
            as("lead").body(Map.of("reason", "Met by the corporate parenting strategy"))
                    .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, area.id).then().statusCode(200);
        }
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200);
        reportId = as("lead").body(Map.of("kind", "ENDORSEMENT", "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
    }

    private byte[] download(String path) {
        return as("councillor").accept("*/*").get(path).then().statusCode(200).extract().asByteArray();
    }

    /** The sections the pre-filled draft leaves for the author: written, the report has no gaps. */
    private void completeTheReport() {
        for (String key : List.of("recommendation", "financial", "risk")) {
            as("lead").body(Map.of("text", "Written by the author for " + key + "."))
                    .put("/api/reports/{id}/sections/" + key, reportId).then().statusCode(200);
        }
    }

    @Test
    void aPublishedVersionReturnsTheSameBytesForeverAndEditingStartsTheNextVersion() {
        completeTheReport();
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
    void publishingWithGapsIsRefusedNamingThemUntilAReasonIsGivenWhichTheVersionKeeps() {
        as("lead").body(Map.of()).post("/api/reports/{id}/publish", reportId).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", everyItem(equalTo("gapsReason")))
                .body("errors.message", hasItems(startsWith("\"Why is this being recommended?\" is empty"),
                        startsWith("The Financial impact is empty"), startsWith("The Risk impact is empty")))
                .body("errors.message", not(hasItem(containsString("Legal"))));
        as("lead").body(Map.of("gapsReason", " ")).post("/api/reports/{id}/publish", reportId).then().statusCode(400);

        as("lead").body(Map.of("gapsReason", "The cost is not known until the contract is let in March."))
                .post("/api/reports/{id}/publish", reportId).then().statusCode(201)
                .body("gaps", hasItem("The Financial impact is empty"))
                .body("gapsReason", equalTo("The cost is not known until the contract is let in March."));
        as("councillor").get("/api/reports/{id}/versions", reportId).then()
                .body("[0].gaps", hasSize(3)).body("[0].gapsReason", containsString("contract is let"));
    }

    @Test
    void noPresentersAndAnEmptyStrategicPlanTableAreGapsAndACompleteReportHasNone() {
        completeTheReport();
        Map<String, Object> front = new java.util.HashMap<>(as("lead").get("/api/reports/{id}", reportId).then()
                .extract().jsonPath().getMap("front"));
        as("lead").body(Map.of("gapsReason", "Not needed")).post("/api/reports/{id}/publish", reportId).then()
                .statusCode(201).body("gaps", hasSize(0)).body("gapsReason", nullValue());

        front.put("executiveMembers", List.of());
        front.put("director", "");
        front.put("people", "");
        front.put("place", " ");
        front.put("business", "");
        as("lead").body(front).put("/api/reports/{id}/front", reportId).then().statusCode(200);
        as("lead").body(Map.of()).post("/api/reports/{id}/publish", reportId).then().statusCode(400)
                .body("errors.message", contains(startsWith("No one is named as presenting the report"),
                        startsWith("The Strategic Plan table is empty")));
    }

    @Test
    void theLeadConfirmsOnAPageListingTheGapsAndOtherRolesAreRefused() {
        as("lead").body(Map.of("text", "Jayden's school praised the Virtual School."))
                .put("/api/reports/{id}/sections/recommendation", reportId).then().statusCode(200);
        String confirm = "/reports/" + reportId + "/publish";
        for (String role : List.of("slt", "officer", "councillor")) {
            Browser.signedInAs(role).get(confirm).then().statusCode(403);
        }
        Browser lead = Browser.signedInAs("lead");
        var page = Jsoup.parse(lead.get(confirm).then().statusCode(200).extract().asString());
        assertEquals(List.of("The Financial impact is empty", "The Risk impact is empty"),
                page.select("ul.app-gaps li").eachText());
        assertTrue(page.text().contains("J•••••"), "the guard's finding, masked, is on the page to confirm");

        String override = page.select("input[name^=override-]").attr("name");
        var refused = Jsoup.parse(lead.submit(confirm, confirm, Map.of(override, "A school's name, not a child's",
                "gapsReason", "")).then().statusCode(400).extract().asString());
        assertTrue(refused.selectFirst(".govuk-error-summary").text().contains("The Financial impact is empty"));
        assertEquals("A school's name, not a child's", refused.selectFirst("input[name=" + override + "]").val(),
                "what the lead typed is kept");

        lead.submit(confirm, confirm, Map.of(override, "A school's name, not a child's",
                        "gapsReason", "Costs are reported to the next meeting"))
                .then().statusCode(303).header("Location", endsWith("/reports/" + reportId + "#versions"));
        String history = Jsoup.parse(lead.get("/reports/" + reportId).asString()).select("#versions + table").text();
        assertTrue(history.contains("The Risk impact is empty") && history.contains("Costs are reported to the next meeting"),
                history);
        Browser slt = Browser.signedInAs("slt");
        slt.request().formParam("gapsReason", "x").formParam("csrf-token", slt.csrfFrom(slt.get("/sign-in").asString()))
                .post(confirm).then().statusCode(403);
    }

    @Test
    void theGuardBlocksAChildsNameUntilTheLeadOverridesItWithAReason() {
        completeTheReport();
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
