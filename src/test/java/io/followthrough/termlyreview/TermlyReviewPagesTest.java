package io.followthrough.termlyreview;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TermlyReviewPagesTest {

    /** The meetings below are in November 2050; the actions are due in summer 2051. */
    static final LocalDate DUE = LocalDate.of(2051, 7, 31);

    @Inject
    TestClock clock;

    @BeforeEach
    void afterTheMeetings() {
        clock.setToday(LocalDate.of(2050, 12, 1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void meetingModeSavesEachEntryAndTheSummaryReportsWhatWasSignedOff() {
        Person chair = Fixtures.personSigningInAs("slt");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, Fixtures.person()).targetDate(DUE).rag(Rag.RED, "Blocked").create();
        long termId = ((Number) as("lead").get("/api/terms?year=2050-51").then().extract().path("items[0].id")).longValue();
        int reviewId = as("lead").body(Map.of("termId", termId, "meetingDate", "2050-11-20", "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");

        Browser slt = Browser.signedInAs("slt");
        String meeting = "/termly-reviews/" + reviewId + "/meeting";
        slt.get(meeting).then().statusCode(200).body(containsString("action 1 of 1"));
        slt.submit(meeting, meeting + "/" + action.id, Map.of("agreedRag", "AMBER", "comment", "Agreed Amber",
                        "decision", "Escalate to the DCS", "decisionOwner", "Chair", "go", ""))
                .then().statusCode(303).header("Location", endsWith("/termly-reviews/" + reviewId + "#recorded"));
        slt.get("/termly-reviews/" + reviewId).then().statusCode(200).body(containsString("Agreed Amber"));
        slt.get("/termly-reviews/" + reviewId + "/summary").then().statusCode(409);

        slt.submit("/termly-reviews/" + reviewId + "/sign-off", "/termly-reviews/" + reviewId + "/sign-off", Map.of())
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
        Action rated = Fixtures.action(plan, Fixtures.person()).targetDate(DUE).rag(Rag.RED, "Blocked").create();
        Action unrated = Fixtures.action(plan, Fixtures.person()).targetDate(DUE).create();
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
        slt.submit("/termly-reviews/" + reviewId + "/sign-off", "/termly-reviews/" + reviewId + "/sign-off", Map.of())
                .then().statusCode(303);

        String page = Browser.signedInAs("councillor").get("/termly-reviews/" + reviewId + "/summary").then()
                .statusCode(200).extract().asString();
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(page).selectFirst(".app-document");
        byte[] pdf = as("councillor").accept("*/*").get("/api/termly-reviews/{id}/summary.pdf", reviewId).then()
                .statusCode(200).extract().asByteArray();
        io.followthrough.support.PdfAssertions.assertPdfUa(pdf);
        String pdfText = io.followthrough.support.PdfAssertions.text(pdf);
        for (String text : List.of(body.text(), pdfText)) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    text.contains("Meeting held on 20 November 2050; signed off on 1 December 2050."), text);
            org.junit.jupiter.api.Assertions.assertTrue(text.contains("Red Amber Green Not yet rated Complete All actions"
                    + " 0 1 0 1 0 2"), "the row adds up to all actions: " + text);
        }
    }

    @Test
    void inMeetingModeTheSecondMemberToRecordANewEntryGetsTheConflictPage() {
        Person chair = Fixtures.personSigningInAs("slt");
        Person member = Fixtures.personSigningInAs("slt2");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, Fixtures.person()).targetDate(DUE).rag(Rag.RED, "Blocked").create();
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

    private static int schedule(Plan plan, Person chair, List<Long> members, String date) {
        long termId = ((Number) as("lead").get("/api/terms?year=2050-51").then().extract().path("items[0].id")).longValue();
        return as("lead").body(Map.of("termId", termId, "meetingDate", date, "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", members))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");
    }

    @Test
    void signingOffAsksForConfirmationOnAPageShowingWhatWillBeFrozen() {
        Person chair = Fixtures.personSigningInAs("slt");
        Person member = Fixtures.personSigningInAs("slt2");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action red = Fixtures.action(plan, Fixtures.person()).reference("4.1.1").title("Agree the PEP protocol")
                .targetDate(DUE).rag(Rag.RED, "Blocked").create();
        Fixtures.action(plan, Fixtures.person()).reference("4.1.2").title("Appoint a data officer")
                .targetDate(DUE).status(io.followthrough.plan.action.ActionStatus.COMPLETE).create();
        int reviewId = schedule(plan, chair, List.of(chair.id, member.id), "2050-11-25");
        Browser slt = Browser.signedInAs("slt");
        String confirm = "/termly-reviews/" + reviewId + "/sign-off";

        Document notReady = Jsoup.parse(slt.get(confirm).then().statusCode(200).extract().asString());
        assertTrue(notReady.text().contains("the meeting must agree a RAG for this action: 4.1.1 Agree the PEP protocol"),
                notReady.text());
        assertNull(notReady.selectFirst("button:contains(Confirm and sign off)"), "no button while an action is unagreed");

        String meeting = "/termly-reviews/" + reviewId + "/meeting";
        slt.submit(meeting, meeting + "/" + red.id, Map.of("agreedRag", "AMBER", "comment", "Data by March",
                "decision", "Escalate to the DCS", "decisionOwner", "Chair", "go", "")).then().statusCode(303);
        Document ready = Jsoup.parse(slt.get(confirm).then().statusCode(200).extract().asString());
        String text = ready.text();
        assertTrue(text.contains("Members " + chair.name + ", " + member.name)
                || text.contains("Members " + member.name + ", " + chair.name), text);
        assertTrue(text.contains("25 November 2050"), text);
        String redRow = ready.select("tr:contains(4.1.1)").text();
        assertTrue(redRow.contains("Red") && redRow.contains("Amber") && redRow.contains("Data by March")
                && redRow.contains("Decision: Escalate to the DCS (Chair)"), redRow);
        String completeRow = ready.select("tr:contains(4.1.2)").text();
        assertTrue(completeRow.contains("Complete"), completeRow);
        assertNotNull(ready.selectFirst("button:contains(Confirm and sign off the review)"));
        slt.get("/termly-reviews/" + reviewId).then()
                .body(containsString("href=\"/termly-reviews/" + reviewId + "/sign-off\""))
                .body(not(containsString("Termly review signed off")));

        slt.submit(confirm, confirm, Map.of()).then().statusCode(303)
                .header("Location", endsWith("/termly-reviews/" + reviewId));
        slt.get("/termly-reviews/" + reviewId).then().statusCode(200)
                .body(containsString("govuk-notification-banner--success"))
                .body(containsString("Termly review signed off"))
                .body(containsString("Meeting held on 25 November 2050; signed off on 1 December 2050."));
        slt.get(confirm).then().statusCode(303).header("Location", endsWith("/termly-reviews/" + reviewId));
        Browser.signedInAs("councillor").get(confirm).then().statusCode(403);

        // The pack page shows the document its PDF prints: the same title, the same headings in the same order.
        Document packPage = Jsoup.parse(slt.get("/termly-reviews/" + reviewId).then().extract().asString());
        String pdfText = io.followthrough.support.PdfAssertions.text(as("slt").accept("*/*")
                .get("/api/termly-reviews/{id}/pack.pdf", reviewId).then().statusCode(200).extract().asByteArray());
        assertEquals("Review pack: Autumn 2050", packPage.selectFirst("h1").text());
        assertTrue(pdfText.contains("Review pack: Autumn 2050 Action plan"), pdfText);
        int at = 0;
        for (String heading : packPage.select(".app-document h2, .app-document caption, .app-document tr.group th").eachText()) {
            int found = pdfText.indexOf(heading, at);
            assertTrue(found >= at, "the PDF has \"" + heading + "\" in the page's order: " + pdfText);
            at = found;
        }
        assertTrue(packPage.select(".app-document tr.group th").eachText()
                .containsAll(List.of("Agreed Amber: 1 action", "Complete: 1 action")), packPage.text());
    }

    @Test
    void beforeTheMeetingDayTheConfirmationPageSaysWhenAndTheSignOffIsRefused() {
        Person chair = Fixtures.personSigningInAs("slt");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, Fixtures.person()).targetDate(DUE).create();
        int reviewId = schedule(plan, chair, List.of(chair.id), "2050-12-05");
        as("slt").body(Map.of("agreedRag", "GREEN")).put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, action.id)
                .then().statusCode(200);
        Browser slt = Browser.signedInAs("slt");
        String confirm = "/termly-reviews/" + reviewId + "/sign-off";
        Document page = Jsoup.parse(slt.get(confirm).then().statusCode(200).extract().asString());
        assertTrue(page.text().contains("This review can be signed off from 5 December 2050, the day of its meeting"),
                page.text());
        assertNull(page.selectFirst("button:contains(Confirm and sign off)"));
        slt.get("/termly-reviews/" + reviewId).then()
                .body(containsString("Meeting to be held on 5 December 2050; not signed off yet."));

        // The confirmation page offers no form before the meeting; a post made anyway is refused.
        slt.submit("/termly-reviews/" + reviewId + "/meeting", confirm, Map.of()).then().statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("from 5 December 2050"));
        as("slt").get("/api/termly-reviews/{id}", reviewId).then()
                .body("state", org.hamcrest.Matchers.equalTo("SCHEDULED"));
    }

    @Test
    void schedulingAndEachMeetingSaveConfirmAndTheLastStepFinishes() {
        Person chair = Fixtures.personSigningInAs("slt");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action first = Fixtures.action(plan, Fixtures.person()).reference("5.1.1").targetDate(DUE)
                .rag(Rag.RED, "Blocked").create();
        Action second = Fixtures.action(plan, Fixtures.person()).reference("5.1.2").targetDate(DUE).create();
        long termId = ((Number) as("lead").get("/api/terms?year=2050-51").then().extract().path("items[0].id")).longValue();
        Browser lead = Browser.signedInAs("lead");
        String list = "/plans/" + plan.id + "/termly-reviews";
        String pack = lead.submit(list, list, Map.of("termId", termId, "meetingDate-day", "24",
                        "meetingDate-month", "11", "meetingDate-year", "2050", "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", chair.id))
                .then().statusCode(303).extract().header("Location");
        lead.get(pack).then().statusCode(200).body(containsString("Termly review scheduled"));
        String reviewPath = pack.substring(pack.indexOf("/termly-reviews/"));

        Browser slt = Browser.signedInAs("slt");
        String meeting = reviewPath + "/meeting";
        slt.get(meeting + "?action=" + first.id).then()
                .body(containsString("Save and go to the next action"))
                .body(containsString("Nothing saved yet"));
        String next = slt.submit(meeting + "?action=" + first.id, meeting + "/" + first.id, Map.of("agreedRag", "AMBER",
                        "comment", "", "decision", "", "decisionOwner", "", "go", String.valueOf(second.id)))
                .then().statusCode(303).extract().header("Location");
        assertTrue(next.endsWith("/meeting?action=" + second.id), next);
        Document secondPage = Jsoup.parse(slt.get(next).then().statusCode(200).extract().asString());
        assertEquals("Entry saved", secondPage.select(".govuk-notification-banner__heading").text());
        assertNotNull(secondPage.selectFirst("button:contains(Save and finish)"), "the last action finishes");
        assertNull(secondPage.selectFirst("button:contains(Save and go to the next action)"));

        String finished = slt.submit(next, meeting + "/" + second.id, Map.of("agreedRag", "GREEN", "comment", "",
                        "decision", "", "decisionOwner", "", "go", "finish"))
                .then().statusCode(303).extract().header("Location");
        assertTrue(finished.endsWith(reviewPath + "/meeting/finished"), finished);
        slt.get(finished).then().statusCode(200)
                .body(containsString("Entry saved"))
                .body(containsString("You have recorded every action"))
                .body(containsString("href=\"" + reviewPath + "/sign-off\""));
        slt.get(meeting + "?action=" + first.id).then().body(containsString("Saved: "))
                .body(containsString("recorded by " + chair.name));
    }
}
