package io.followthrough.term;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

@QuarkusTest
class TermlyReviewPagesTest {

    @Test
    void meetingModeSavesEachEntryAndTheSummaryReportsWhatWasSignedOff() {
        Person chair = Fixtures.personSigningInAs("slt");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, Fixtures.person()).rag(Rag.RED, "Blocked").create();
        long termId = ((Number) as("lead").get("/api/terms?year=2050-51").then().extract().path("items[0].id")).longValue();
        int reviewId = as("lead").body(Map.of("termId", termId, "meetingDate", "2050-11-20", "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");

        Browser slt = Browser.signedInAs("slt");
        String meeting = "/termly-reviews/" + reviewId + "/meeting";
        slt.get(meeting).then().statusCode(200).body(containsString("action 1 of 1"));
        slt.submit(meeting, meeting + "/" + action.id, Map.of("agreedRag", "AMBER", "comment", "Agreed Amber",
                        "decision", "Escalate to the DCS", "decisionOwner", "Chair", "go", ""))
                .then().statusCode(303).header("Location", endsWith("/termly-reviews/" + reviewId + "#entries"));
        slt.get("/termly-reviews/" + reviewId).then().statusCode(200).body(containsString("Agreed Amber"));
        slt.get("/termly-reviews/" + reviewId + "/summary").then().statusCode(409);

        slt.submit("/termly-reviews/" + reviewId, "/termly-reviews/" + reviewId + "/sign-off", Map.of())
                .then().statusCode(303);
        Browser.signedInAs("councillor").get("/termly-reviews/" + reviewId + "/summary").then().statusCode(200)
                .body(containsString("Termly progress summary: Autumn 2050"))
                .body(containsString("Escalate to the DCS (Chair)"))
                .body(containsString("SLT: Agreed Amber"));
    }

    @Test
    void theSummaryPageAndItsPdfShareOneBodyThatDatesTheMeetingAndSignOffAndAddsUp() {
        Person chair = Fixtures.personSigningInAs("slt");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action rated = Fixtures.action(plan, Fixtures.person()).rag(Rag.RED, "Blocked").create();
        Action unrated = Fixtures.action(plan, Fixtures.person()).create();
        long termId = ((Number) as("lead").get("/api/terms?year=2050-51").then().extract().path("items[0].id")).longValue();
        int reviewId = as("lead").body(Map.of("termId", termId, "meetingDate", "2050-11-20", "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");
        Browser slt = Browser.signedInAs("slt");
        String meeting = "/termly-reviews/" + reviewId + "/meeting";
        slt.submit(meeting, meeting + "/" + rated.id, Map.of("agreedRag", "AMBER", "comment", "", "decision", "",
                "decisionOwner", "", "go", "")).then().statusCode(303);
        slt.submit(meeting, meeting + "/" + unrated.id, Map.of("agreedRag", "NOT_YET_RATED", "comment", "",
                "decision", "", "decisionOwner", "", "go", "")).then().statusCode(303);
        slt.submit("/termly-reviews/" + reviewId, "/termly-reviews/" + reviewId + "/sign-off", Map.of())
                .then().statusCode(303);

        String page = Browser.signedInAs("councillor").get("/termly-reviews/" + reviewId + "/summary").then()
                .statusCode(200).extract().asString();
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(page).selectFirst(".app-document");
        byte[] pdf = as("councillor").accept("*/*").get("/api/termly-reviews/{id}/summary.pdf", reviewId).then()
                .statusCode(200).extract().asByteArray();
        io.followthrough.support.PdfAssertions.assertPdfUa(pdf);
        String pdfText = io.followthrough.support.PdfAssertions.text(pdf);
        for (String text : List.of(body.text(), pdfText)) {
            org.junit.jupiter.api.Assertions.assertTrue(text.contains("at its meeting on 20 November 2050")
                    && text.contains("signed off on "), text);
            org.junit.jupiter.api.Assertions.assertTrue(text.contains("Red Amber Green Not yet rated Complete All actions"
                    + " 0 1 0 1 0 2"), "the row adds up to all actions: " + text);
        }
    }

    @Test
    void inMeetingModeTheSecondMemberToRecordANewEntryGetsTheConflictPage() {
        Person chair = Fixtures.personSigningInAs("slt");
        Person member = Fixtures.personSigningInAs("slt2");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, Fixtures.person()).rag(Rag.RED, "Blocked").create();
        long termId = ((Number) as("lead").get("/api/terms?year=2050-51").then().extract().path("items[0].id")).longValue();
        int reviewId = as("lead").body(Map.of("termId", termId, "meetingDate", "2050-11-21", "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id, member.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");
        String meeting = "/termly-reviews/" + reviewId + "/meeting";
        Browser first = Browser.signedInAs("slt");
        Browser second = Browser.signedInAs("slt2");
        String firstPage = first.get(meeting).then().statusCode(200).extract().asString();
        String secondPage = second.get(meeting).then().statusCode(200).extract().asString();

        first.request().formParams(Map.of("csrf-token", first.csrfFrom(firstPage), "agreedRag", "AMBER",
                        "comment", "Chair says Amber", "decision", "", "decisionOwner", "", "go", ""))
                .post(meeting + "/" + action.id).then().statusCode(303);
        second.request().formParams(Map.of("csrf-token", second.csrfFrom(secondPage), "agreedRag", "RED",
                        "comment", "Member says Red", "decision", "", "decisionOwner", "", "go", ""))
                .post(meeting + "/" + action.id).then().statusCode(409)
                .body(containsString("Chair says Amber"))
                .body(containsString("Member says Red"));
        as("slt").get("/api/termly-reviews/{id}", reviewId).then()
                .body("entries[0].comment", org.hamcrest.Matchers.equalTo("Chair says Amber"));
    }

    @Test
    void onlyTheLeadSchedulesAndOfficersCannotRecord() {
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Browser officer = Browser.signedInAs("officer");
        officer.get("/plans/" + plan.id + "/termly-reviews").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Schedule the review")));
        String token = officer.csrfFrom(officer.get("/sign-in").asString());
        officer.request().formParams(Map.of("csrf-token", token, "body", "SLT"))
                .post("/plans/" + plan.id + "/termly-reviews").then().statusCode(403);
        Browser.signedInAs("lead").submit("/plans/" + plan.id + "/termly-reviews", "/plans/" + plan.id + "/termly-reviews",
                Map.of("body", "SLT")).then().statusCode(400)
                .body(containsString("Choose the term being reviewed"))
                .body(containsString("Enter the meeting date"));
    }
}
