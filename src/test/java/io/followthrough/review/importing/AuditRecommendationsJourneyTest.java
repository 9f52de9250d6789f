package io.followthrough.review.importing;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An internal audit's recommendations carry their priority, proposed owner and target date from the table, through
 * the correction page and the review, into the action the plan lead creates from each.
 */
@QuarkusTest
class AuditRecommendationsJourneyTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAuditsPriorityOwnerAndDateAreCorrectedOnThePageKeptWithTheFindingAndPrefillTheAction() {
        Person owner = Fixtures.person();
        Person financeLead = Fixtures.person();
        String financeTitle = Fixtures.unique("Finance Business Partner");
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(financeLead.id).jobTitle = financeTitle);
        Person planLead = Fixtures.person();

        Browser lead = Browser.signedInAs("lead");
        String token = lead.csrfFrom(lead.get("/imports/new").asString());
        String location = lead.request().multiPart("file", "audit.docx", ReviewShapes.audit())
                .multiPart("csrf-token", token).post("/imports").then().statusCode(303).extract().header("Location");
        long importId = Long.parseLong(location.replaceAll(".*/", ""));

        // The draft shows what the table proposes, in fields the lead can change.
        Document page = Jsoup.parse(lead.get(location).then().statusCode(200).extract().asString());
        assertEquals("High", page.getElementById("finding-f1-priority").val());
        assertEquals("Virtual School Head", page.getElementById("finding-f1-owner").val());
        assertEquals(List.of("31", "7", "2025"), List.of(page.getElementById("finding-f1-target-day").val(),
                page.getElementById("finding-f1-target-month").val(), page.getElementById("finding-f1-target-year").val()));
        assertTrue(page.getElementById("finding-f1").text().contains("Management response: Agreed. A termly reconciliation"));
        assertTrue(page.select("label").eachText().contains(
                "Proposed owner of finding 1 in theme Recommendations and management responses"));

        // The lead names the owner as a person and moves the date; an impossible date is refused with the text kept.
        Map<String, String> form = new HashMap<>(Map.of("op", "save", "title", "Internal audit: pupil premium plus",
                "reviewingBody", "Internal Audit Service", "organisation", "Southvale County Council",
                "type", "INTERNAL_AUDIT", "finding-f1-priority", "Critical", "finding-f1-owner", owner.name,
                "finding-f1-target-day", "31", "finding-f1-target-month", "2", "finding-f1-target-year", "2026"));
        String refused = lead.submit(location, location, form).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("The proposed target date of finding 1 in theme Recommendations and management "
                + "responses must be a real date"), refused);
        form.put("finding-f1-target-month", "3");
        lead.submit(location, location, form).then().statusCode(303);
        page = Jsoup.parse(lead.get(location).asString());
        assertEquals("Critical", page.getElementById("finding-f1-priority").val());
        assertEquals(owner.name, page.getElementById("finding-f1-owner").val());
        assertEquals("3", page.getElementById("finding-f1-target-month").val());

        // Through the API: the third recommendation's owner is a job title one person holds; nothing is left to place.
        JsonPath draft = as("lead").get("/api/imports/{id}", importId).then().extract().jsonPath();
        Map<String, Object> corrected = new HashMap<>(draft.getMap(""));
        List<Map<String, Object>> themes = draft.getList("themes");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) themes.get(0).get("findings");
        @SuppressWarnings("unchecked")
        Map<String, Object> third = (Map<String, Object>) findings.get(2).get("proposal");
        third.put("owner", financeTitle.toUpperCase());
        corrected.put("themes", themes);
        corrected.put("unplaced", List.of());
        as("lead").body(corrected).put("/api/imports/{id}", importId).then().statusCode(200);

        String confirmed = lead.submit(location, location, Map.of("op", "confirm",
                "title", "Internal audit: pupil premium plus", "reviewingBody", "Internal Audit Service",
                "organisation", "Southvale County Council", "type", "INTERNAL_AUDIT")).then().statusCode(303)
                .extract().header("Location");
        long reviewId = Long.parseLong(confirmed.replaceAll(".*/", ""));

        // The review keeps them, and shows them.
        JsonPath review = as("councillor").get("/api/reviews/{id}", reviewId).then().statusCode(200).extract().jsonPath();
        assertEquals("Critical", review.getString("themes[0].findings[0].priority"));
        assertEquals(owner.name, review.getString("themes[0].findings[0].proposedOwner"));
        assertEquals("2026-03-31", review.getString("themes[0].findings[0].proposedTargetDate"));
        assertEquals("Education Achievement Officer (Primary)", review.getString("themes[0].findings[1].proposedOwner"));
        long first = review.getLong("themes[0].findings[0].id");
        long second = review.getLong("themes[0].findings[1].id");
        long thirdId = review.getLong("themes[0].findings[2].id");
        String reviewPage = Browser.signedInAs("councillor").get("/reviews/" + reviewId).then().statusCode(200)
                .extract().asString();
        assertTrue(Jsoup.parse(reviewPage).getElementById("finding-" + first).text()
                .contains("Priority: Critical. Proposed owner: " + owner.name + ". Target date: 31 March 2026"));

        // The action created from each starts from what the audit proposes.
        clock.setToday(LocalDate.of(2025, 4, 1));
        Plan plan = Fixtures.plan(QuarkusTransaction.requiringNew().call(() -> Review.findById(reviewId)), planLead);
        Document action = Jsoup.parse(lead.get("/plans/" + plan.id + "/actions/new?finding=" + first).then()
                .statusCode(200).extract().asString());
        assertEquals(String.valueOf(owner.id), action.select("#leadId option[selected]").val());
        assertEquals(List.of("31", "3", "2026"), List.of(action.getElementById("targetDate-day").val(),
                action.getElementById("targetDate-month").val(), action.getElementById("targetDate-year").val()));
        assertTrue(action.getElementById("description").text().contains("Priority in the review: Critical."));

        as("lead").post("/api/plans/{id}/actions/from-finding/{finding}", plan.id, thirdId).then().statusCode(201)
                .body("leadId", equalTo(financeLead.id.intValue()))
                .body("targetDate", equalTo("2025-10-31"))
                .body("description", equalTo("Priority in the review: Medium."));
        // An owner who is nobody here leaves the plan's lead; a proposed date already past is not an action's end.
        clock.setToday(LocalDate.of(2025, 8, 1));
        as("lead").post("/api/plans/{id}/actions/from-finding/{finding}", plan.id, second).then().statusCode(201)
                .body("leadId", equalTo(planLead.id.intValue()))
                .body("targetDate", equalTo("2025-08-31"));
    }
}
