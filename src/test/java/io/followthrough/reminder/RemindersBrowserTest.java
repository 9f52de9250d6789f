package io.followthrough.reminder;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.BrowserSession.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Your reminders, the outbox and the leaving page in Chromium: accessible, and readable at 320 and 1280 px wide. */
@QuarkusTest
class RemindersBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLeadSwitchesOffAReminderReadsTheOutboxAndPassesOnTheActionsOfSomeoneLeaving() {
        Fixtures.personSigningInAs("lead");
        Person leaving = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Fixtures.action(plan, leaving).title("Agree a partnership protocol with every partner and report it to SLT")
                .targetDate(LocalDate.of(2020, 3, 31)).create();
        Fixtures.action(plan, leaving).title("Measure the impact of Pupil Premium Plus").create();
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("lead");
            page.navigate("/my-reminders");
            page.getByLabel("An update is due").uncheck();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your reminders")).click();
            assertThat(page.getByText("Your reminders are saved")).isVisible();
            assertThat(page.getByLabel("An update is due")).not().isChecked();
            look(page, "my-reminders");
            page.getByLabel("An update is due").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your reminders")).click();

            page.navigate("/outbox");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the reminders due today now"))
                    .click();
            assertThat(page.getByText("Reminders checked")).isVisible();
            page.locator("details summary").first().click();
            look(page, "outbox");

            page.navigate("/people/" + leaving.id + "/leaving");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Record that " + leaving.name + " has left")).click();
            assertThat(page.locator(".govuk-error-summary")).isVisible();
            look(page, "leaving-error");
        }
    }

    /** Checks the page with axe and for sideways scrolling at both widths, and keeps a screenshot of each. */
    private static void look(Page page, String name) {
        for (int width : List.of(1280, 320)) {
            page.setViewportSize(width, 900);
            assertAccessible(page);
            Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", name + "-" + width + ".png")));
            assertTrue(Boolean.TRUE.equals(fits), name + " scrolls sideways at " + width + " px");
        }
        page.setViewportSize(1280, 900);
    }
}
