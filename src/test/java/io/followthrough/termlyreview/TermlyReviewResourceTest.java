package io.followthrough.termlyreview;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Fixtures;
import io.followthrough.support.PdfAssertions;
import io.followthrough.support.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TermlyReviewResourceTest {

    /** The meetings below are in November 2040; the actions are due in summer 2041. */
    static final LocalDate AFTER_THE_MEETINGS = LocalDate.of(2040, 12, 1);
    static final LocalDate DUE = LocalDate.of(2041, 7, 31);

    @Inject
    TestClock clock;

    Person chair;
    Plan plan;
    Action red;
    Action green;
    long termId;

    Action complete;

    @BeforeEach
    void arrange() {
        clock.setToday(AFTER_THE_MEETINGS);
        chair = Fixtures.personSigningInAs("slt");
        Person lead = Fixtures.person();
        plan = Fixtures.plan(Fixtures.review(), lead);
        red = Fixtures.action(plan, lead).reference("3.2.1").targetDate(DUE).rag(Rag.RED, "Data sharing blocked").create();
        green = Fixtures.action(plan, lead).reference("3.2.2").targetDate(DUE).create();
        complete = Fixtures.action(plan, lead).reference("3.2.3").targetDate(DUE).status(ActionStatus.COMPLETE).create();
        termId = ((Number) as("lead").get("/api/terms?year=2040-41").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private int schedule(String date) {
        return as("lead").body(Map.of("termId", termId, "meetingDate", date, "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201)
                .body("state", equalTo("SCHEDULED")).body("termName", equalTo("Autumn 2040"))
                .extract().path("id");
    }

    private void agree(int reviewId, Action action, String rag, String comment) {
        Map<String, Object> body = new HashMap<>(Map.of("agreedRag", rag));
        if (comment != null) {
            body.put("comment", comment);
        }
        as("slt").body(body).put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, action.id)
                .then().statusCode(200).body("agreedRag", equalTo(rag));
    }

    @Test
    void theChairSignsOffAndTheReviewIsFrozenWhateverChangesLater() {
        int reviewId = schedule("2040-11-20");
        as("slt").get("/api/termly-reviews/{id}/pack", reviewId).then().statusCode(200)
                .body("exceptions.reference", contains("3.2.1"))
                .body("rows", hasSize(3))
                .body("now.rag.RED", equalTo(1));
        agree(reviewId, red, "AMBER", "Data agreement signed last week; SLT agrees Amber");
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(400)
                .body("detail", containsString("3.2.2"));
        agree(reviewId, green, "GREEN", null);
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200)
                .body("state", equalTo("SIGNED_OFF"));

        as("lead").body(Map.of("narrative", "Later", "status", "IN_PROGRESS", "rag", "RED", "reason", "Worse again"))
                .post("/api/actions/{id}/updates", green.id).then().statusCode(201);
        as("councillor").get("/api/termly-reviews/{id}/pack", reviewId).then().statusCode(200)
                .body("rows.find { it.reference == '3.2.2' }.proposedRag", equalTo("GREEN"))
                .body("rows.find { it.reference == '3.2.1' }.entry.comment", containsString("SLT agrees Amber"));
        agree2Refused(reviewId);
        byte[] pack = as("councillor").accept("*/*").get("/api/termly-reviews/{id}/pack.pdf", reviewId).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        PdfAssertions.assertPdfUa(pack);
        assertTrue(PdfAssertions.text(pack).contains("Review pack: Autumn 2040"));
        assertTrue(PdfAssertions.text(pack).contains("SLT agrees Amber"));
        byte[] summary = as("councillor").accept("*/*").get("/api/termly-reviews/{id}/summary.pdf", reviewId).then()
                .statusCode(200).extract().asByteArray();
        PdfAssertions.assertPdfUa(summary);
        assertTrue(PdfAssertions.text(summary).contains("Termly progress summary: Autumn 2040"));
        as("officer").get("/api/actions/{id}", green.id).then().body("direction", equalTo("WORSENED"));
        as("slt").get("/api/plans/{id}/term-trend", plan.id).then().statusCode(200)
                .body("terms.term", contains("Autumn 2040"))
                .body("terms[0].counts.rag.AMBER", equalTo(1))
                .body("actions.find { it.reference == '3.2.1' }.agreed", contains("AMBER"));
    }

    private void agree2Refused(int reviewId) {
        as("slt").body(Map.of("agreedRag", "RED")).put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, red.id)
                .then().statusCode(409);
    }

    @Test
    void anAmendmentIsANewVersionAndTheOldOneIsKept() {
        int reviewId = schedule("2040-11-21");
        agree(reviewId, red, "RED", "Agreed Red");
        agree(reviewId, green, "GREEN", null);
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200);
        as("lead").body(Map.of("reason", " ")).post("/api/termly-reviews/{id}/amendments", reviewId).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        int amended = as("lead").body(Map.of("reason", "The minutes record Amber for 3.2.1, not Red"))
                .post("/api/termly-reviews/{id}/amendments", reviewId).then().statusCode(201)
                .body("versionNumber", equalTo(2)).body("amendsId", equalTo(reviewId))
                .body("state", equalTo("SCHEDULED")).extract().path("id");
        agree(amended, red, "AMBER", "Agreed Amber");
        as("slt").post("/api/termly-reviews/{id}/sign-off", amended).then().statusCode(200);
        as("slt").get("/api/termly-reviews/{id}", reviewId).then().body("state", equalTo("SUPERSEDED"))
                .body("entries.find { it.actionId == " + red.id + " }.agreedRag", equalTo("RED"));
        as("slt").get("/api/plans/{id}/term-trend", plan.id).then()
                .body("actions.find { it.reference == '3.2.1' }.agreed", contains("AMBER"));
    }

    @Test
    void anAmendmentStartsFromTheSignedOffSnapshotAndTheTermKeepsItsVersionOfRecordUntilReSigned() {
        int reviewId = schedule("2040-11-24");
        agree(reviewId, red, "RED", "Agreed Red");
        agree(reviewId, green, "GREEN", null);
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200);
        String planTitle = plan.title;
        QuarkusTransaction.requiringNew().run(() -> {
            Action changed = Action.findById(green.id);
            changed.title = "Renamed after sign-off";
            Plan renamed = Plan.findById(plan.id);
            renamed.title = "Renamed plan";
        });
        as("lead").body(Map.of("narrative", "Later", "status", "IN_PROGRESS", "rag", "RED", "reason", "Worse again"))
                .post("/api/actions/{id}/updates", green.id).then().statusCode(201);

        int amended = as("lead").body(Map.of("reason", "The minutes record Amber for 3.2.1, not Red"))
                .post("/api/termly-reviews/{id}/amendments", reviewId).then().statusCode(201)
                .body("planTitle", equalTo(planTitle)).extract().path("id");
        as("slt").get("/api/plans/{id}/term-trend", plan.id).then()
                .body("terms.reviewId", contains(reviewId))
                .body("actions.find { it.reference == '3.2.1' }.agreed", contains("RED"));
        as("slt").get("/api/termly-reviews/{id}/pack", amended).then().statusCode(200)
                .body("rows", hasSize(3))
                .body("rows.find { it.reference == '3.2.2' }.proposedRag", equalTo("GREEN"))
                .body("rows.find { it.reference == '3.2.2' }.title", equalTo("Agree a partnership protocol"));
        as("lead").body(Map.of("reason", "Another")).post("/api/termly-reviews/{id}/amendments", reviewId).then()
                .statusCode(409);

        agree(amended, red, "AMBER", "Agreed Amber");
        as("slt").post("/api/termly-reviews/{id}/sign-off", amended).then().statusCode(200)
                .body("planTitle", equalTo(planTitle));
        as("slt").get("/api/termly-reviews/{id}/pack", amended).then()
                .body("rows.find { it.reference == '3.2.2' }.proposedRag", equalTo("GREEN"))
                .body("rows.find { it.reference == '3.2.2' }.title", equalTo("Agree a partnership protocol"))
                .body("rows.find { it.reference == '3.2.2' }.entry.agreedRag", equalTo("GREEN"));
        as("slt").get("/api/termly-reviews/{id}/pack", reviewId).then().statusCode(200)
                .body("review.state", equalTo("SUPERSEDED"))
                .body("rows.find { it.reference == '3.2.1' }.entry.agreedRag", equalTo("RED"));
        as("slt").get("/api/plans/{id}/term-trend", plan.id).then()
                .body("terms.reviewId", contains(amended))
                .body("actions.find { it.reference == '3.2.1' }.agreed", contains("AMBER"));
    }

    @Test
    void theDatabaseRefusesChangesToASignedOffReviewAndItsSnapshots() {
        int reviewId = schedule("2040-11-25");
        agree(reviewId, red, "RED", "Agreed Red");
        agree(reviewId, green, "GREEN", null);
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200);
        for (String sql : List.of(
                "update termly_review_entry set comment = 'Rewritten' where review_id = ?1",
                "update termly_review_entry set snapshot_json = '{}' where review_id = ?1",
                "delete from termly_review_entry where review_id = ?1",
                "update termly_review set body = 'Rewritten' where id = ?1",
                "delete from termly_review_member where review_id = ?1")) {
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    Panache.getEntityManager().createNativeQuery(sql).setParameter(1, (long) reviewId).executeUpdate()),
                    sql);
        }
        as("slt").get("/api/termly-reviews/{id}", reviewId).then()
                .body("entries.find { it.actionId == " + red.id + " }.comment", equalTo("Agreed Red"));
    }

    @Test
    void aSecondMemberRecordingTheSameNewEntryGetsAConflictWithBothTextsAndNothingIsLost() {
        Person second = Fixtures.personSigningInAs("slt2");
        int reviewId = as("lead").body(Map.of("termId", termId, "meetingDate", "2040-11-26", "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id, second.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");
        as("slt").body(Map.of("agreedRag", "AMBER", "comment", "Chair: recoverable by spring"))
                .put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, red.id).then().statusCode(200);
        as("slt2").body(Map.of("agreedRag", "RED", "comment", "Member: escalate now"))
                .put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, red.id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Chair: recoverable by spring"))
                .body("detail", containsString("Member: escalate now"));
        int version = as("slt2").get("/api/termly-reviews/{id}", reviewId).then()
                .body("entries.find { it.actionId == " + red.id + " }.comment", equalTo("Chair: recoverable by spring"))
                .extract().path("entries.find { it.actionId == " + red.id + " }.version");
        as("slt2").body(Map.of("agreedRag", "AMBER", "comment", "Both: Amber, escalate if no data by March",
                        "version", version))
                .put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, red.id).then().statusCode(200)
                .body("recordedBy", equalTo(second.name));
    }

    @Test
    void rolesAreCheckedForEveryStep() {
        as("officer").body(Map.of("termId", termId, "meetingDate", "2040-11-22", "body", "SLT", "chairId", chair.id))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(403);
        int reviewId = schedule("2040-11-22");
        as("officer").body(Map.of("agreedRag", "RED")).put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, red.id)
                .then().statusCode(403);
        as("councillor").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(403);
        as("lead").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(403)
                .body("detail", containsString("Only the chair"));
        as("slt").body(Map.of("reason", "x")).post("/api/termly-reviews/{id}/amendments", reviewId).then().statusCode(403);
        as("officer").get("/api/termly-reviews/{id}", reviewId).then().statusCode(200)
                .body("entries", hasSize(0)).body("signedOffAt", nullValue());
        as("councillor").get("/api/termly-reviews/{id}", reviewId).then().statusCode(403);
        as("councillor").get("/api/termly-reviews/{id}/pack", reviewId).then().statusCode(403);
        as("councillor").accept("*/*").get("/api/termly-reviews/{id}/record-sheet.pdf", reviewId).then().statusCode(403);
    }

    @Test
    void aScheduleNeedsATermADateABodyAndAChair() {
        as("lead").body(Map.of("body", " ")).post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(400)
                .body("errors.field", hasItem("termId")).body("errors.field", hasItem("meetingDate"))
                .body("errors.field", hasItem("body")).body("errors.field", hasItem("chairId"));
    }

    @Test
    void aReviewCannotBeSignedOffBeforeItsMeetingAndCanOnTheDay() {
        int reviewId = schedule("2040-12-10");
        agree(reviewId, red, "AMBER", null);
        agree(reviewId, green, "GREEN", null);
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("meetingDate"))
                .body("detail", containsString("from 10 December 2040, the day of its meeting"));
        as("slt").get("/api/termly-reviews/{id}", reviewId).then().body("state", equalTo("SCHEDULED"));

        clock.setToday(LocalDate.of(2040, 12, 10));
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200)
                .body("state", equalTo("SIGNED_OFF"));
    }

    @Test
    void completeIsCountedApartFromGreenInThePackTheSummaryAndTheTrend() {
        int reviewId = schedule("2040-11-27");
        as("slt").get("/api/termly-reviews/{id}/pack", reviewId).then().statusCode(200)
                .body("now.rag.RED", equalTo(1)).body("now.rag.GREEN", equalTo(1))
                .body("now.complete", equalTo(1)).body("now.actions", equalTo(3))
                .body("agreed", nullValue());
        agree(reviewId, red, "AMBER", "Recoverable by spring");
        agree(reviewId, green, "GREEN", null);
        // A complete action given a RAG in the meeting still counts as Complete, never as Green.
        agree(reviewId, complete, "GREEN", null);
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200);

        as("slt").get("/api/termly-reviews/{id}/pack", reviewId).then()
                .body("agreed.rag.AMBER", equalTo(1)).body("agreed.rag.GREEN", equalTo(1))
                .body("agreed.complete", equalTo(1)).body("agreed.actions", equalTo(3))
                .body("groups.column", contains("AMBER", "GREEN", "COMPLETE"))
                .body("groups[0].rows.reference", contains("3.2.1"))
                .body("groups[2].rows.reference", contains("3.2.3"));
        as("slt").get("/api/termly-reviews/{id}/summary", reviewId).then()
                .body("agreed.rag.AMBER", equalTo(1)).body("agreed.rag.GREEN", equalTo(1))
                .body("agreed.complete", equalTo(1)).body("agreed.actions", equalTo(3));
        as("slt").get("/api/plans/{id}/term-trend", plan.id).then()
                .body("terms[0].counts.rag.GREEN", equalTo(1)).body("terms[0].counts.complete", equalTo(1))
                .body("terms[0].counts.actions", equalTo(3))
                .body("actions.find { it.reference == '3.2.3' }.agreed", contains("COMPLETE"));
    }

    @Test
    void beforeSignOffThePackPdfHasNoAgreedColumnsAndAfterItListsEachActionUnderTheAgreedRag() {
        int reviewId = schedule("2040-11-28");
        agree(reviewId, red, "AMBER", "Recoverable by spring");
        byte[] before = as("slt").accept("*/*").get("/api/termly-reviews/{id}/pack.pdf", reviewId).then()
                .statusCode(200).extract().asByteArray();
        PdfAssertions.assertPdfUa(before);
        String beforeText = PdfAssertions.text(before);
        assertTrue(beforeText.contains("Officer's RAG"), beforeText);
        assertTrue(!beforeText.contains("Agreed RAG") && !beforeText.contains("Agreed now")
                && !beforeText.contains("Recoverable by spring"), "no Agreed column before sign-off: " + beforeText);
        assertTrue(beforeText.contains("Meeting held on 28 November 2040; not signed off yet."), beforeText);

        byte[] sheet = as("slt").accept("*/*").get("/api/termly-reviews/{id}/record-sheet.pdf", reviewId).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        PdfAssertions.assertPdfUa(sheet);
        String sheetText = PdfAssertions.text(sheet);
        assertTrue(sheetText.contains("Agreed RAG") && sheetText.contains("Challenge or comment")
                && sheetText.contains("3.2.1") && sheetText.contains("3.2.2"), sheetText);

        agree(reviewId, green, "RED", "Trainer left");
        as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200);
        byte[] after = as("slt").accept("*/*").get("/api/termly-reviews/{id}/pack.pdf", reviewId).then()
                .statusCode(200).extract().asByteArray();
        PdfAssertions.assertPdfUa(after);
        String text = PdfAssertions.text(after);
        assertTrue(text.contains("Meeting held on 28 November 2040; signed off on 1 December 2040."), text);
        assertTrue(text.contains("Officer's RAG") && text.contains("Agreed RAG and challenge"), text);
        int redGroup = text.indexOf("Agreed Red: 1 action");
        int amberGroup = text.indexOf("Agreed Amber: 1 action");
        int completeGroup = text.indexOf("Complete: 1 action");
        assertTrue(redGroup >= 0 && amberGroup > redGroup && completeGroup > amberGroup, text);
        // 3.2.2 was Green by its officer but agreed Red, so it is listed under Red; 3.2.1 the other way round.
        assertTrue(text.indexOf("3.2.2") > redGroup && text.indexOf("3.2.2") < amberGroup, text);
        assertTrue(text.indexOf("3.2.1", amberGroup) > amberGroup && text.indexOf("3.2.1", amberGroup) < completeGroup, text);
    }
}
