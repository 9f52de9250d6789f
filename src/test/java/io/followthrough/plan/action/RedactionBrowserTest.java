package io.followthrough.plan.action;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.Api.as;
import static io.followthrough.support.BrowserSession.assertAccessible;

/** The lead redacts a name from an update, and decides coverage for one plan, as they would in the browser. */
@QuarkusTest
class RedactionBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static void screenshots(Page page, String name) {
        for (int width : new int[] {320, 1280}) {
            page.setViewportSize(width, 900);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/" + name + "-" + width + ".png")));
        }
    }

    @Test
    void theLeadRedactsAChildsNameFromAnUpdate() {
        Person lead = Fixtures.personSigningInAs("lead");
        Action action = Fixtures.action(Fixtures.plan(Fixtures.review(), lead), lead).create();
        as("lead").body(Map.of("narrative", "Met Mia Jones's designated teacher", "status", "IN_PROGRESS",
                "rag", "AMBER", "reason", "Mia Jones's school has not replied"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201);
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("lead");
            page.navigate("/actions/" + action.id);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redact").setExact(false)).first()
                    .click();
            assertThat(page.locator("h1")).hasText("Redact words from a progress update");
            assertAccessible(page);
            screenshots(page, "redaction-form");

            page.getByLabel("The reason for the rating").check();
            page.getByLabel("Words to remove").fill("Mia Jones");
            page.getByLabel("Why are these words being removed?").fill("A child's name typed by mistake");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page.locator(".app-redacted-preview")).hasText("[redacted]'s school has not replied");
            assertAccessible(page);
            screenshots(page, "redaction-confirm");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redact the words")).click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Words redacted");
            assertThat(page.locator("#history")).isVisible();
            assertThat(page.locator("main")).containsText("[redacted]'s school has not replied");
            assertThat(page.locator("main")).containsText("Met Mia Jones's designated teacher");
            assertAccessible(page);
        }
    }

    @Test
    void theLeadMarksAnAreaAsNeedingNoActionInOnePlan() {
        Person lead = Fixtures.personSigningInAs("lead");
        Review review = Fixtures.review();
        Plan plan = Fixtures.plan(review, lead);
        Plan other = Fixtures.plan(review, lead);
        Finding area = Fixtures.areasOf(review).get(0);
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("lead");
            page.navigate("/plans/" + plan.id + "/findings/" + area.id + "/no-action");
            page.getByLabel("Why does this area need no action?").fill("Met by the corporate parenting strategy");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save reason")).click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Reason saved");
            assertThat(page.locator("main")).containsText("No action needed: Met by the corporate parenting strategy");
            assertAccessible(page);
            screenshots(page, "coverage-decided");

            page.navigate("/plans/" + other.id + "/coverage");
            assertThat(page.locator("#uncovered")).containsText("2 of 2 areas");
            page.navigate("/plans/" + plan.id + "/coverage");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw").setExact(false)).click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Decision withdrawn");
            assertThat(page.locator("#uncovered")).containsText("2 of 2 areas");
        }
    }
}
