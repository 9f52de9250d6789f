package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.platform.AuditEntry;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A name typed by mistake into an append-only update is redacted by the plan lead with a reason (DOMAIN.md, "Data
 * protection"). "Mia" is not a configured name, so it gets through input checks as a real slip would.
 */
@QuarkusTest
class RedactionTest {

    @Inject
    TestClock clock;

    Plan plan;
    Action action;
    long updateId;

    @BeforeEach
    void arrange() {
        Person officer = Fixtures.personSigningInAs("officer");
        plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        action = Fixtures.action(plan, officer).create();
        updateId = ((Number) as("officer").body(Map.of("narrative", "Met Mia Jones's designated teacher",
                        "status", "IN_PROGRESS", "rag", "AMBER", "reason", "Mia Jones's school has not replied",
                        "impact", "None yet", "evidenceLinks", List.of("https://example.gov.uk/minutes/Mia-Jones")))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static Map<String, String> redaction(String field, String words, String reason) {
        return Map.of("field", field, "words", words, "reason", reason);
    }

    @Test
    void theLeadRedactsWordsFromOneTextAndEveryViewShowsIt() {
        as("lead").body(redaction("reason", "Mia Jones", "A child's name typed by mistake"))
                .post("/api/updates/{id}/redactions", updateId).then().statusCode(200)
                .body("reason", equalTo("[redacted]'s school has not replied"))
                .body("narrative", equalTo("Met Mia Jones's designated teacher"));
        as("lead").body(redaction("narrative", "Mia Jones", "A child's name typed by mistake"))
                .post("/api/updates/{id}/redactions", updateId).then().statusCode(200)
                .body("narrative", equalTo("Met [redacted]'s designated teacher"));
        as("lead").body(redaction("evidenceLinks[0]", "Mia-Jones", "A child's name in a link"))
                .post("/api/updates/{id}/redactions", updateId).then().statusCode(200)
                .body("evidenceLinks[0]", equalTo("https://example.gov.uk/minutes/[redacted]"));

        as("councillor").get("/api/actions/{id}/updates/{u}", action.id, updateId).then()
                .body("reason", equalTo("[redacted]'s school has not replied"));
        as("councillor").get("/api/actions/{id}", action.id).then()
                .body("ragReason", equalTo("[redacted]'s school has not replied"));
        String page = Browser.signedInAs("slt").get("/actions/" + action.id).asString();
        assertThat(page, not(containsString("Mia")));
        assertThat(page, containsString("[redacted]&#39;s school has not replied"));
    }

    @Test
    void theAuditTrailSaysWhoWhenAndWhyButNeverTheWords() {
        as("lead").body(redaction("reason", "Mia Jones", "A child's name typed by mistake"))
                .post("/api/updates/{id}/redactions", updateId).then().statusCode(200);
        List<AuditEntry> trail = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("Action", action.id));
        AuditEntry redacted = trail.stream().filter(e -> e.field.startsWith("redacted")).findFirst().orElseThrow();
        assertThat(redacted.changedBy, equalTo("lead"));
        assertThat(redacted.newValue, equalTo("A child's name typed by mistake"));
        assertThat(redacted.field, containsString("reason for the rating"));
        for (AuditEntry entry : trail) {
            assertThat(entry.field + " " + entry.oldValue + " " + entry.newValue, not(containsString("Mia")));
        }
        String page = Browser.signedInAs("lead").get("/actions/" + action.id).asString();
        assertThat(page, containsString("A child&#39;s name typed by mistake"));
    }

    @Test
    void theDatabaseStillRefusesAnyOtherChangeToAnUpdate() {
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                ProgressUpdate.getEntityManager().createNativeQuery(
                        "update progress_update set reason = 'rewritten' where id = ?1")
                        .setParameter(1, updateId).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                ProgressUpdate.getEntityManager().createNativeQuery(
                        "select redact_progress_text(?1, 'status', 0, 'IN_PROGRESS', 'someone')")
                        .setParameter(1, updateId).getSingleResult()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                ProgressUpdate.getEntityManager().createNativeQuery(
                        "delete from progress_update where id = ?1").setParameter(1, updateId).executeUpdate()));
        as("lead").get("/api/actions/{id}/updates/{u}", action.id, updateId).then()
                .body("reason", equalTo("Mia Jones's school has not replied"));
    }

    @Test
    void onlyTheLeadRedactsAndOnlyWordsThatAreThere() {
        for (String role : List.of("officer", "slt", "councillor")) {
            as(role).body(redaction("reason", "Mia Jones", "Name")).post("/api/updates/{id}/redactions", updateId)
                    .then().statusCode(403);
            Browser.signedInAs(role).get("/updates/" + updateId + "/redact").then().statusCode(403);
        }
        as("lead").body(redaction("reason", "mia jones", "Name")).post("/api/updates/{id}/redactions", updateId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("words"));
        as("lead").body(redaction("status", "IN_PROGRESS", "Name")).post("/api/updates/{id}/redactions", updateId)
                .then().statusCode(400).body("errors.field", hasItem("field"));
        as("lead").body(redaction("reason", "Mia Jones", " ")).post("/api/updates/{id}/redactions", updateId)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as("lead").body(redaction("reason", "Mia", "Mia's name")).post("/api/updates/{id}/redactions", updateId)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as("lead").body(redaction("reason", "Mia", "Name")).post("/api/updates/{id}/redactions", 987654321L)
                .then().statusCode(404);
        as("lead").get("/api/actions/{id}/updates/{u}", action.id, updateId).then()
                .body("reason", equalTo("Mia Jones's school has not replied"));
    }

    @Test
    void theLeadRedactsAnEvidenceFileNameOnThePagesChoosingTheWordsAndConfirming() {
        long withFile = ((Number) as("lead").contentType("multipart/form-data")
                .multiPart("update", "{\"narrative\":\"Minutes filed\",\"status\":\"IN_PROGRESS\",\"rag\":\"GREEN\"}",
                        "application/json")
                .multiPart("files", "minutes-mia-jones.txt", "notes".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201).extract().path("id"))
                .longValue();
        Browser lead = Browser.signedInAs("lead");
        String actionPage = lead.get("/actions/" + action.id).asString();
        assertThat(actionPage, containsString("href=\"/updates/" + withFile + "/redact\""));
        String form = "/updates/" + withFile + "/redact";
        var page = Jsoup.parse(lead.get(form).then().statusCode(200).extract().asString());
        assertThat(page.select("input[name=field]").eachAttr("value"), hasItem("evidenceFiles[0]"));

        var refused = Jsoup.parse(lead.submit(form, form, Map.of("field", "evidenceFiles[0]", "words", "Mia",
                "reason", "A child's name in a file name")).then().statusCode(400).extract().asString());
        assertThat(refused.selectFirst(".govuk-error-summary").text(), containsString("not in the name of evidence file 1"));
        assertThat(refused.selectFirst("textarea[name=reason]").text(), equalTo("A child's name in a file name"));

        var confirm = Jsoup.parse(lead.submit(form, form, Map.of("field", "evidenceFiles[0]", "words", "mia-jones",
                "reason", "A child's name in a file name")).then().statusCode(200).extract().asString());
        assertThat(confirm.selectFirst(".app-redacted-preview").text(), equalTo("minutes-[redacted].txt"));
        lead.submit(form, form + "/confirm", Map.of("field", "evidenceFiles[0]", "words", "mia-jones",
                        "reason", "A child's name in a file name")).then().statusCode(303)
                .header("Location", endsWith("/actions/" + action.id + "#update-" + withFile));
        as("slt").get("/api/actions/{id}/updates/{u}", action.id, withFile).then()
                .body("evidenceFiles[0].fileName", equalTo("minutes-[redacted].txt"));
        String after = lead.get("/actions/" + action.id).asString();
        assertTrue(after.contains("minutes-[redacted].txt") && !after.contains("mia-jones"), "the page shows it");
        as("slt").get("/api/actions/{id}/updates/{u}", action.id, withFile).then()
                .body("evidenceFiles.fileName", everyItem(not(containsString("mia"))));
    }

    @Test
    void aSignedOffReviewPackShowsTheRedactedTextAndStaysFrozenOtherwise() {
        Person chair = Fixtures.personSigningInAs("slt");
        long termId = ((Number) as("lead").get("/api/terms?year=2041-42").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        int reviewId = as("lead").body(Map.of("termId", termId, "meetingDate", "2041-11-20",
                        "body", "Virtual School SLT", "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");
        as("slt").body(Map.of("agreedRag", "AMBER")).put("/api/termly-reviews/{id}/entries/{actionId}", reviewId,
                action.id).then().statusCode(200);
        // A review is signed off once its meeting has been held.
        clock.setToday(LocalDate.of(2041, 11, 20));
        try {
            as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200);
        } finally {
            clock.reset();
        }
        as("slt").get("/api/termly-reviews/{id}/pack", reviewId).then()
                .body("rows[0].ragReason", containsString("Mia Jones"));

        as("lead").body(redaction("reason", "Mia Jones", "A child's name typed by mistake"))
                .post("/api/updates/{id}/redactions", updateId).then().statusCode(200);
        as("lead").body(redaction("narrative", "Mia Jones", "A child's name typed by mistake"))
                .post("/api/updates/{id}/redactions", updateId).then().statusCode(200);

        as("slt").get("/api/termly-reviews/{id}/pack", reviewId).then()
                .body("rows[0].ragReason", equalTo("[redacted]'s school has not replied"))
                .body("rows[0].latestUpdate", not(containsString("Mia")))
                .body("rows[0].entry.agreedRag", equalTo("AMBER"));
        String pack = Browser.signedInAs("slt").get("/termly-reviews/" + reviewId).asString();
        assertThat(pack, not(containsString("Mia Jones")));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                ProgressUpdate.getEntityManager().createNativeQuery(
                        "update termly_review_entry set comment = 'rewritten' where review_id = ?1")
                        .setParameter(1, reviewId).executeUpdate()));
    }
}
