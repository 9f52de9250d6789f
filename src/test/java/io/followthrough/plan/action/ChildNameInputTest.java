package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * A configured child's name (the test profile configures "Jayden") is refused where it would become part of the
 * record: progress updates, RAG reasons, target-date reasons and evidence names; and blocks publishing if it got in.
 */
@QuarkusTest
class ChildNameInputTest {

    Plan plan;
    Action action;

    @BeforeEach
    void arrange() {
        Person lead = Fixtures.personSigningInAs("lead");
        plan = Fixtures.plan(Fixtures.review(), lead);
        action = Fixtures.action(plan, lead).create();
    }

    private static Map<String, Object> update(String reason) {
        return Map.of("narrative", "Protocol drafted", "status", "IN_PROGRESS", "rag", "AMBER", "reason", reason);
    }

    @Test
    void aChildsNameInARagReasonIsRefusedAtInputNamingTheField() {
        as("lead").body(update("Jayden's school has not replied")).post("/api/actions/{id}/updates", action.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"))
                .body("errors.message", hasItem(containsString("name of a child")));
        as("lead").body(Map.of("narrative", "Met jayden at school", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(400)
                .body("errors.field", hasItem("narrative"));
        as("lead").get("/api/actions/{id}/updates", action.id).then().body("items", hasSize(0));

        Map<String, Object> edited = new java.util.HashMap<>(as("lead").get("/api/actions/{id}", action.id).then()
                .extract().jsonPath().getMap(""));
        edited.put("rag", "RED");
        edited.put("ragReason", "Waiting for Jayden Smith's social worker");
        as("lead").body(edited).put("/api/actions/{id}", action.id).then().statusCode(400)
                .body("errors.field", hasItem("ragReason"));
    }

    @Test
    void theUpdateFormShowsTheErrorAndKeepsTheText() {
        Browser lead = Browser.signedInAs("lead");
        String page = "/actions/" + action.id;
        var refused = Jsoup.parse(lead.submit(page, page + "/updates", Map.of("narrative", "Protocol drafted",
                "status", "IN_PROGRESS", "rag", "AMBER", "reason", "Jayden's school has not replied"))
                .then().statusCode(400).extract().asString());
        assertThat(refused.selectFirst(".govuk-error-summary").text(), containsString("name of a child"));
        assertThat(refused.selectFirst("textarea[name=reason]").text(), equalTo("Jayden's school has not replied"));
    }

    @Test
    void evidenceLinksAndFileNamesAndDateChangeReasonsAreCheckedToo() {
        as("lead").body(Map.of("narrative", "Minutes filed", "status", "IN_PROGRESS", "rag", "GREEN",
                        "evidenceLinks", List.of("https://example.gov.uk/pep/Jayden%20Smith.pdf")))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(400)
                .body("errors.field", hasItem("evidenceLinks[0]"));
        as("lead").contentType("multipart/form-data")
                .multiPart("update", "{\"narrative\":\"Minutes filed\",\"status\":\"IN_PROGRESS\",\"rag\":\"GREEN\"}",
                        "application/json")
                .multiPart("files", "jayden-pep.txt", "notes".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/actions/{id}/updates", action.id).then().statusCode(400)
                .body("errors.field", hasItem("evidenceFiles"));
        as("lead").body(Map.of("requestedDate", "2027-07-31", "reason", "Jayden moved school"))
                .post("/api/actions/{id}/date-changes", action.id).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void aChildsNameThatGotIntoARagReasonBlocksPublishing() {
        Action named = Fixtures.action(plan, Fixtures.person()).rag(Rag.RED, "Jayden's placement moved").create();
        int report = as("lead").body(Map.of("kind", "PROGRESS", "body", "Corporate Parenting Board",
                        "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
        as("lead").get("/api/reports/{id}/guard", report).then().statusCode(200)
                .body("kind", hasItem("CHILD_NAME"));
        as("lead").body(Map.of("gapsReason", "Progress as it stands")).post("/api/reports/{id}/publish", report)
                .then().statusCode(400).body("errors.message", hasItem(containsString("name of a child")));
        assertThat(named.ragReason, containsString("Jayden"));
    }
}
