package io.followthrough.plan.action;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Review;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.BrowserSession.assertAccessible;

@QuarkusTest
class OfficerJourneyBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anOfficerRecordsARedRatingOnlyWithAReason() {
        Review review = Fixtures.review();
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(review, Fixtures.person());
        Action action = Fixtures.action(plan, officer).title("Agree a PEP protocol with social care").create();

        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("officer");
            assertThat(page.locator("h1")).hasText("Action plans");
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(plan.title)).first().click();
            assertThat(page.locator("h1")).hasText(plan.title);
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(action.title)).click();
            assertThat(page.locator("h1")).hasText(action.title);
            assertAccessible(page);

            page.getByLabel("What has happened").fill("Draft protocol shared with social care team managers.");
            page.getByLabel("RAG rating").selectOption("RED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add update")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Give the reason for a Red rating");
            assertThat(page).hasTitle(java.util.regex.Pattern.compile("\\(error\\)"));
            assertAccessible(page);

            page.getByLabel("Reason for the rating, and what is being done about it")
                    .fill("Social care sign-off delayed by restructure; escalated to the SLT chair.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add update")).click();
            assertThat(page.locator("#history + ol")).containsText("escalated to the SLT chair");
            assertThat(page.locator("#action-rating")).containsText("Red");
            assertAccessible(page);
        }
    }
}
