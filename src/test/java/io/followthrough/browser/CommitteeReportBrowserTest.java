package io.followthrough.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.followthrough.plan.Plan;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.BrowserSession.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CommitteeReportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theLeadWritesAndPublishesAReportAndACouncillorSeesOnlyThePublishedVersion() throws Exception {
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.personSigningInAs("lead"));
        Fixtures.action(plan, Fixtures.person()).reference("3.2.1").create();
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page lead = browser.signIn("lead");
            lead.navigate("/plans/" + plan.id);
            lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Committee reports")).click();
            assertAccessible(lead);
            lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a committee report")).click();
            assertAccessible(lead);
            lead.getByLabel("Day").fill("14");
            lead.getByLabel("Month").fill("2");
            lead.getByLabel("Year").fill("2027");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the report")).click();
            assertThat(lead.getByLabel("What is the purpose of this report?")).containsText("The purpose of this report");
            assertAccessible(lead);

            lead.getByLabel("What is the purpose of this report?")
                    .fill("The purpose of this report is to ask Executive to endorse the action plan.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the sections")).click();
            assertThat(lead.getByLabel("What is the purpose of this report?"))
                    .hasValue("The purpose of this report is to ask Executive to endorse the action plan.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and publish")).click();
            assertThat(lead.locator("ul.app-gaps")).containsText("The Financial impact is empty");
            assertAccessible(lead);
            lead.getByLabel("Reason to publish with these gaps").fill("Costs follow at the next meeting.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish this version")).click();
            assertThat(lead.locator("#versions + table")).containsText("First version");
            assertThat(lead.locator("#versions + table")).containsText("Costs follow at the next meeting.");
            assertAccessible(lead);
            String reportUrl = lead.url().replaceAll("#.*$", "");

            Download download = lead.waitForDownload(() -> lead.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("PDF of version 1")).click());
            byte[] pdf = Files.readAllBytes(download.path());
            assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));

            Page councillor = browser.signIn("councillor");
            councillor.navigate("/plans/" + plan.id + "/reports");
            assertThat(councillor.locator("main")).containsText("published, 1 version");
            assertAccessible(councillor);
            councillor.navigate(reportUrl);
            assertThat(councillor.locator("h1")).hasText("Published report");
            assertThat(councillor.locator("main")).containsText("Version 1");
            assertThat(councillor.locator("main")).not().containsText("What is the purpose of this report?");
            assertAccessible(councillor);
        }
    }
}
