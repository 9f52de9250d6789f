package io.followthrough.plan;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.followthrough.plan.action.Action;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.PlanLife;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.Api.as;
import static io.followthrough.support.BrowserSession.assertAccessible;

/**
 * The plan lead records the Executive's decision from the published report, withdraws an action the plan no longer
 * needs, then closes the plan.
 */
@QuarkusTest
class PlanLifeBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theLeadEndorsesThePlanFromItsPublishedReportAndClosesItOnceEveryActionIsSettled() {
        PlanLife life = PlanLife.ready();
        Action action = life.action().reference("3.2.1").title("Agree a partnership protocol").create();
        Action dropped = life.action().reference("3.2.2").title("Commission a second data dashboard").create();
        int report = life.publishedEndorsementReport();
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page lead = browser.signIn("lead");
            lead.navigate("/reports/" + report + "/versions/1");
            assertAccessible(lead);
            lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the decision")).click();
            assertThat(lead.locator("h1")).hasText("Record the decision to endorse the plan");
            assertThat(lead.getByLabel("Body that endorsed the plan")).hasValue("Executive");
            assertAccessible(lead);

            // A decision without its date and minute is refused, and what was typed stays.
            lead.getByLabel("Resolution (optional)").fill("That the outcomes of the Virtual School peer review be "
                    + "noted and the accompanying action plan be endorsed.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
            assertThat(lead.locator(".govuk-error-summary")).containsText("Enter the meeting date");
            assertThat(lead.locator(".govuk-error-summary")).containsText("Enter the minute number");
            assertThat(lead.getByLabel("Resolution (optional)")).hasValue("That the outcomes of the Virtual School "
                    + "peer review be noted and the accompanying action plan be endorsed.");
            assertAccessible(lead);

            lead.getByLabel("Day").fill("14");
            lead.getByLabel("Month").fill("2");
            lead.getByLabel("Year").fill("2022");
            lead.getByLabel("Minute reference").fill("EX 22/51");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
            assertThat(lead.locator(".govuk-notification-banner--success")).containsText("the plan is endorsed");
            assertThat(lead.locator("dl").first()).containsText("Endorsed");
            assertThat(lead.locator("#endorsement + dl")).containsText("EX 22/51");
            assertThat(lead.locator("#endorsement + dl")).containsText("14 February 2022");
            assertAccessible(lead);

            // The endorsed plan no longer needs one action: it is withdrawn with a reason, never deleted.
            lead.navigate("/actions/" + dropped.id);
            lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Withdraw this action")).click();
            assertThat(lead.locator("h1")).hasText("Withdraw this action");
            assertAccessible(lead);
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw the action")).click();
            assertThat(lead.locator(".govuk-error-summary")).isVisible();
            lead.getByLabel("Why is this action withdrawn?").fill("The council's new data platform does this already.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw the action")).click();
            assertThat(lead.locator(".govuk-notification-banner--success")).containsText("Action withdrawn");
            assertThat(lead.locator("main")).containsText("This action was withdrawn on");
            assertThat(lead.locator("main")).containsText("new data platform does this already");
            assertAccessible(lead);
            lead.navigate("/plans/" + life.plan.id);
            assertThat(lead.locator("#withdrawn-actions")).containsText("Withdrawn actions (1)");

            lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the plan")).click();
            assertThat(lead.locator("#actions + ul")).containsText("3.2.1 Agree a partnership protocol is in progress");
            assertThat(lead.locator("#actions + ul")).not().containsText("3.2.2");
            assertAccessible(lead);

            as("lead").body(Map.of("narrative", "Signed by every partner", "status", "COMPLETE", "rag", "GREEN",
                    "impact", "Partners report attendance each half term")).post("/api/actions/{id}/updates", action.id)
                    .then().statusCode(201);
            lead.reload();
            assertThat(lead.locator("#actions")).containsText("Every action is complete");
            lead.getByLabel("Closing statement").fill("The plan met the aims the peer review set.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the plan")).click();
            assertThat(lead.locator(".govuk-notification-banner--success")).containsText("Plan closed");
            assertThat(lead.locator("dl").first()).containsText("Closed");
            assertThat(lead.locator("#closure ~ .govuk-inset-text")).containsText("met the aims");
            assertThat(lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action"))).hasCount(0);
            assertAccessible(lead);

            lead.navigate("/");
            assertThat(lead.locator("main")).containsText("Closed");
            assertAccessible(lead);
        }
    }
}
