package io.followthrough.plan.endorsement;

import io.followthrough.plan.action.Action;
import io.followthrough.support.Browser;
import io.followthrough.support.PlanLife;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endorsement and closure pages: from the published report to an endorsed plan, then to a closed one. */
@QuarkusTest
class PlanLifePagesTest {

    private static Document page(Browser browser, String path) {
        return Jsoup.parse(browser.get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void theLeadRecordsTheDecisionFromThePublishedReportAndTheFormKeepsWhatWasTyped() {
        PlanLife life = PlanLife.ready();
        int report = life.publishedEndorsementReport();
        Browser lead = Browser.signedInAs("lead");
        String version = "/reports/" + report + "/versions/1";
        String form = "/plans/" + life.plan.id + "/endorsement?report=" + report + "&reportVersion=1";

        var button = page(lead, version).selectFirst("#decision a.govuk-button");
        assertNotNull(button, "the lead is offered to record the decision");
        assertEquals("Record the decision", button.text());
        assertEquals(form, button.attr("href"));
        assertNull(page(Browser.signedInAs("slt"), version).selectFirst("#decision a.govuk-button"));

        Document empty = page(lead, form);
        assertEquals("Executive", empty.selectFirst("#body").val());
        assertThat(empty.selectFirst("#resolution").text(), containsString("be noted and the accompanying action plan "
                + "be endorsed"));
        assertThat(empty.select(".govuk-summary-list__value").eachText(), hasItem(containsString("version 1")));

        String action = "/plans/" + life.plan.id + "/endorsement";
        Document refused = Jsoup.parse(lead.submit(form, action, Map.of("reportId", String.valueOf(report),
                "reportVersion", "1", "body", "Executive committee", "meetingDate-day", "14",
                "meetingDate-month", "", "meetingDate-year", "2022", "minuteReference", "",
                "resolution", "That the plan be endorsed, as typed")).then().statusCode(400).extract().asString());
        assertThat(refused.select(".govuk-error-summary a").eachText(), hasItems(
                "The meeting date must include a day, month and year",
                "Enter the minute number, or the address of the published decision"));
        assertEquals("Executive committee", refused.selectFirst("#body").val());
        assertEquals("14", refused.selectFirst("#meetingDate-day").val());
        assertEquals("That the plan be endorsed, as typed", refused.selectFirst("#resolution").text());

        Document future = Jsoup.parse(lead.submit(form, action, Map.of("reportId", String.valueOf(report),
                "reportVersion", "1", "body", "Executive", "meetingDate-day", "1", "meetingDate-month", "1",
                "meetingDate-year", "2199", "minuteReference", "EX 22/51")).then().statusCode(400).extract().asString());
        assertThat(future.select(".govuk-error-summary a").eachText(),
                hasItem(containsString("The meeting date must be today or in the past")));
        assertEquals("#meetingDate", future.selectFirst(".govuk-error-summary a").attr("href"));

        var done = lead.submit(form, action, Map.of("reportId", String.valueOf(report), "reportVersion", "1",
                "body", "Executive", "meetingDate-day", "14", "meetingDate-month", "2", "meetingDate-year", "2022",
                "minuteReference", "https://democracy.example.gov.uk/decisions/51",
                "resolution", "That the outcomes of the Virtual School peer review be noted and the accompanying action "
                        + "plan be endorsed."));
        done.then().statusCode(303);
        assertEquals("/plans/" + life.plan.id + "#endorsement", java.net.URI.create(done.header("Location")).getPath()
                + "#" + java.net.URI.create(done.header("Location")).getFragment());

        Document plan = page(lead, "/plans/" + life.plan.id);
        assertThat(plan.select(".govuk-notification-banner").text(), containsString("the plan is endorsed"));
        assertThat(plan.select("strong.govuk-tag").eachText(), hasItem("Endorsed"));
        var record = plan.selectFirst("#endorsement + dl");
        assertNotNull(record);
        assertThat(record.text(), containsString("Executive"));
        assertThat(record.text(), containsString("14 February 2022"));
        assertEquals("https://democracy.example.gov.uk/decisions/51",
                record.selectFirst("a:containsOwn(The published decision)").attr("href"));
        assertEquals(version, record.selectFirst("a:containsOwn(Version 1)").attr("href"));
        assertThat(page(lead, version).select("#decision").text(), containsString("endorsement records this version"));
        assertThat(Jsoup.parse(Browser.signedInAs("councillor").get("/").asString()).select("strong.govuk-tag")
                .eachText(), hasItem("Endorsed"));
    }

    @Test
    void theClosurePageListsWhatStopsThePlanClosingThenClosesIt() {
        PlanLife life = PlanLife.endorsed();
        Action open = life.action().reference("C1").title("Publish the annual report").create();
        Browser lead = Browser.signedInAs("lead");
        String path = "/plans/" + life.plan.id + "/closure";

        assertThat(page(lead, "/plans/" + life.plan.id).select("a.govuk-button").eachText(), hasItem("Close the plan"));
        Document blocked = page(lead, path);
        assertThat(blocked.select("#actions").text(), equalTo("1 action stops the plan closing"));
        assertThat(blocked.select("#actions + ul li").eachText(), equalTo(List.of(
                "C1 Publish the annual report is in progress: complete it, or defer it with a reason")));
        assertEquals("/actions/" + open.id, blocked.selectFirst("#actions + ul a").attr("href"));

        Document refused = Jsoup.parse(lead.submit(path, path, Map.of("statement", "We are done."))
                .then().statusCode(400).extract().asString());
        assertThat(refused.select(".govuk-error-summary a").eachText(), hasItem(containsString("C1 Publish the annual "
                + "report is in progress")));
        assertEquals("We are done.", refused.selectFirst("#statement").text());

        as("lead").body(Map.of("narrative", "Published", "status", "COMPLETE", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", open.id).then().statusCode(201);
        Document ready = page(lead, path);
        assertThat(ready.select("#actions").text(), containsString("Every action is complete"));
        Document blank = Jsoup.parse(lead.submit(path, path, Map.of("statement", "")).then().statusCode(400)
                .extract().asString());
        assertThat(blank.select(".govuk-error-summary a").eachText(), hasItem(containsString("Enter the closing "
                + "statement")));
        lead.submit(path, path, Map.of("statement", "The plan met its aims.\nThe report goes to the Executive."))
                .then().statusCode(303);

        Document closed = page(lead, "/plans/" + life.plan.id);
        assertThat(closed.select("strong.govuk-tag").eachText(), hasItem("Closed"));
        assertThat(closed.select("#closure ~ .govuk-inset-text").text(), containsString("The plan met its aims."));
        assertThat(closed.select("a").eachText(), not(hasItems("Add an action")));
        assertThat(closed.select("a").eachText(), not(hasItem("Import from a spreadsheet")));
        assertThat(closed.select("a").eachText(), not(hasItem("Close the plan")));
        Document actionPage = page(lead, "/actions/" + open.id);
        assertTrue(actionPage.select("form[action=/actions/" + open.id + "/updates]").isEmpty(), "no update form");
        assertThat(actionPage.select("a").eachText(), not(hasItem("Change this action")));
        assertThat(actionPage.select("#closed").text(), containsString("can no longer be changed"));
        lead.get("/actions/" + open.id + "/edit").then().statusCode(409);
        lead.get("/plans/" + life.plan.id + "/actions/new").then().statusCode(409);
        assertThat(Jsoup.parse(lead.get("/plans").asString()).select("td[data-label=State]").eachText(),
                hasItem("Closed"));
        assertThat(Jsoup.parse(lead.get("/").asString()).select("strong.govuk-tag").eachText(), hasItem("Closed"));
    }

    @Test
    void thePagesAreForThePlanLeadOnly() {
        PlanLife life = PlanLife.endorsed();
        for (String account : List.of("officer", "slt", "councillor")) {
            Browser browser = Browser.signedInAs(account);
            browser.get("/plans/" + life.plan.id + "/endorsement").then().statusCode(403);
            browser.get("/plans/" + life.plan.id + "/closure").then().statusCode(403);
        }
        Browser.anonymous().get("/plans/" + life.plan.id + "/closure").then().statusCode(302);
    }
}
