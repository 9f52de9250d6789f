package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Publishing an endorsement report needs the plan ready for endorsement, or a reason kept with the version. */
@QuarkusTest
class EndorsementGateTest {

    private static final String NOT_READY = "The plan is not ready for endorsement";

    Review review;
    Plan plan;
    List<Finding> areas;

    @BeforeEach
    void arrange() {
        Person lead = Fixtures.person();
        review = Fixtures.review();
        plan = Fixtures.plan(review, lead);
        areas = Fixtures.areasOf(review);
    }

    private int report(String kind) {
        int id = as("lead").body(Map.of("kind", kind, "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
        for (String key : List.of("recommendation", "financial", "risk")) {
            as("lead").body(Map.of("text", "Written by the author for " + key + "."))
                    .put("/api/reports/{id}/sections/" + key, id).then().statusCode(200);
        }
        return id;
    }

    private void coverEveryAreaAndMarkReady() {
        for (Finding area : areas) {
            as("lead").body(Map.of("reason", "Met by the corporate parenting strategy"))
                    .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, area.id).then().statusCode(200);
        }
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200);
    }

    @Test
    void anEndorsementReportOfAPlanNotReadyIsRefusedUntilAReasonIsRecordedAndShownInTheHistory() {
        int id = report("ENDORSEMENT");
        as("lead").body(Map.of()).post("/api/reports/{id}/publish", id).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem(ReportPublishing.GAPS_REASON))
                .body("errors.message", hasItem(startsWith(NOT_READY + ": 2 areas for consideration have no action")));

        Browser lead = Browser.signedInAs("lead");
        String confirm = "/reports/" + id + "/publish";
        var refused = Jsoup.parse(lead.submit(confirm, confirm, Map.of("gapsReason", "")).then().statusCode(400)
                .extract().asString());
        assertThat(refused.selectFirst(".govuk-error-summary").text(), containsString(NOT_READY));
        assertThat(refused.select("ul.app-gaps li").eachText(), hasItem(startsWith(NOT_READY)));

        as("lead").body(Map.of("gapsReason", "The Executive meets before the last area is agreed with health."))
                .post("/api/reports/{id}/publish", id).then().statusCode(201)
                .body("gaps", hasItem(startsWith(NOT_READY)))
                .body("gapsReason", containsString("agreed with health"));
        as("councillor").get("/api/reports/{id}/versions", id).then()
                .body("[0].gaps", hasItem(startsWith(NOT_READY)))
                .body("[0].gapsReason", containsString("agreed with health"));
        String history = Jsoup.parse(lead.get("/reports/" + id).asString()).select("#versions + table").text();
        assertThat(history, containsString(NOT_READY));
        assertThat(history, containsString("agreed with health"));
    }

    @Test
    void aReadyPlansEndorsementReportNeedsNoReasonUntilANewAreaReturnsThePlanToDraft() {
        coverEveryAreaAndMarkReady();
        int id = report("ENDORSEMENT");
        as("lead").body(Map.of()).post("/api/reports/{id}/publish", id).then().statusCode(201)
                .body("gaps", not(hasItem(startsWith(NOT_READY))));

        as("lead").body(Map.of("kind", "AREA_FOR_CONSIDERATION", "text", "Track post-16 destinations."))
                .post("/api/themes/{id}/findings", review.themes.get(0).id).then().statusCode(201);

        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
        as("lead").body(Map.of()).post("/api/reports/{id}/publish", id).then().statusCode(400)
                .body("errors.message", hasItem(startsWith(NOT_READY + ": 1 area for consideration has no action")));
    }

    @Test
    void aProgressReportDoesNotNeedThePlanReady() {
        int id = report("PROGRESS");
        List<String> gaps = as("lead").body(Map.of("gapsReason", "Progress goes to the board as it stands"))
                .post("/api/reports/{id}/publish", id).then().statusCode(201).extract().path("gaps");
        assertEquals(List.of(), gaps.stream().filter(g -> g.startsWith(NOT_READY)).toList());
        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
    }
}
