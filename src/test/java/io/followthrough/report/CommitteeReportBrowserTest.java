package io.followthrough.report;

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

            assertThat(lead.locator(".govuk-notification-banner--success")).containsText("Report created");

            // The front and a section edited, then one save: neither edit is lost.
            lead.getByText("Presenters, decision, Strategic Plan, background papers and contact").click();
            lead.getByLabel("Director presenting").fill("Director of Education and Partnerships");
            lead.getByLabel("What is the purpose of this report?")
                    .fill("The purpose of this report is to ask Executive to endorse the action plan.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the report")).click();
            assertThat(lead.locator(".govuk-notification-banner--success")).containsText("Report saved");
            assertThat(lead.getByLabel("What is the purpose of this report?"))
                    .hasValue("The purpose of this report is to ask Executive to endorse the action plan.");
            assertThat(lead.getByLabel("Director presenting")).hasValue("Director of Education and Partnerships");
            assertThat(lead.locator(".app-document")).containsText("Director of Education and Partnerships");
            assertAccessible(lead);
            for (int width : new int[] {320, 1280}) {
                lead.setViewportSize(width, 900);
                lead.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                        .setPath(java.nio.file.Path.of("target", "screenshots", "report-saved-" + width + ".png")));
            }
            lead.setViewportSize(1280, 900);
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and publish")).click();
            assertThat(lead.locator("ul.app-gaps")).containsText("The Financial impact is empty");
            assertAccessible(lead);
            lead.getByLabel("Reason to publish with these gaps").fill("Costs follow at the next meeting.");
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish this version")).click();
            assertThat(lead.locator(".govuk-notification-banner--success")).containsText("Report published");
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
            councillor.navigate("/");
            assertThat(councillor.locator("h1")).hasText("Published reports and reviews");
            assertAccessible(councillor);
            councillor.locator("a[href='" + reportUrl.replaceAll("^https?://[^/]+", "") + "']").click();
            assertThat(councillor.locator(".govuk-caption-l")).containsText("published version 1");
            assertThat(councillor.locator(".app-document"))
                    .containsText("The purpose of this report is to ask Executive to endorse the action plan.");
            assertThat(councillor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download as PDF (version 1)")))
                    .isVisible();
            assertThat(councillor.locator("main textarea")).hasCount(0);
            assertAccessible(councillor);
            for (int width : new int[] {320, 1280}) {
                councillor.setViewportSize(width, 900);
                councillor.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(java.nio.file.Path.of("target", "screenshots", "published-report-" + width + ".png")));
                assertTrue(fitsTheWidth(councillor), "the published report reflows at " + width + " px");
                councillor.navigate("/");
                councillor.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(java.nio.file.Path.of("target", "screenshots", "councillor-home-" + width + ".png")));
                assertTrue(fitsTheWidth(councillor), "the home page reflows at " + width + " px");
                councillor.goBack();
            }
            councillor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to home")).click();
            assertThat(councillor.locator("h1")).hasText("Published reports and reviews");
        }
    }

    private static boolean fitsTheWidth(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }
}
