package io.followthrough.plan;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.BrowserSession.assertAccessible;

/** The journeys of the action-plan workflow, each page checked with axe-core. */
@QuarkusTest
class ActionPlanJourneysBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void theLeadAnswersEveryAreaForConsiderationUntilCoverageReachesZero() {
        Review review = Fixtures.review();
        Plan plan = Fixtures.plan(review, Fixtures.personSigningInAs("lead"));
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("lead");
            page.navigate("/plans/" + plan.id);
            assertThat(page.locator(".govuk-warning-text")).containsText("2 areas for consideration have no action yet");
            page.getByRole(AriaRole.LINK, named("See them")).click();
            assertThat(page.locator("#uncovered")).containsText("2 of 2 areas");
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, named("Create an action for this area")).first().click();
            assertThat(page.getByLabel("What will be done")).hasValue("Hold all partners to account.");
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("Add action")).click();
            assertThat(page.locator("h1")).hasText("Hold all partners to account.");

            page.navigate("/plans/" + plan.id + "/coverage");
            assertThat(page.locator("#uncovered")).containsText("1 of 2 areas");
            page.getByRole(AriaRole.LINK).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Mark as needing no action")).first().click();
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("Save reason")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Say why this area");
            page.getByLabel("Why does this area need no action?")
                    .fill("Measured already through the council's Pupil Premium Plus annual report");
            page.getByRole(AriaRole.BUTTON, named("Save reason")).click();

            assertThat(page.locator("#uncovered")).containsText("0 of 2 areas");
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("Mark the plan ready for endorsement")).click();
            assertThat(page.locator("main")).containsText("Ready for endorsement");
        }
    }

    @Test
    void anOfficerAsksToMoveATargetDateAndTheLeadApprovesIt() {
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, officer).title("Run designated teacher training")
                .targetDate(LocalDate.of(2027, 3, 31)).create();
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page officerPage = browser.signIn("officer");
            officerPage.navigate("/actions/" + action.id);
            officerPage.getByRole(AriaRole.LINK, named("Ask to move the target date")).click();
            assertAccessible(officerPage);
            officerPage.getByLabel("Day").fill("30");
            officerPage.getByLabel("Month").fill("6");
            officerPage.getByLabel("Year").fill("2027");
            officerPage.getByLabel("Why does the date need to move?").fill("Trainer unavailable until the summer term");
            officerPage.getByRole(AriaRole.BUTTON, named("Send request")).click();
            assertThat(officerPage.locator("#dates + table")).containsText("Awaiting decision");
            assertAccessible(officerPage);

            Page leadPage = browser.signIn("lead");
            leadPage.navigate("/actions/" + action.id);
            leadPage.getByRole(AriaRole.LINK).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Decide")).click();
            assertAccessible(leadPage);
            leadPage.getByLabel("Yes, approve it").check();
            leadPage.getByRole(AriaRole.BUTTON, named("Record decision")).click();
            assertThat(leadPage.locator("#action-rating")).containsText("Reprogrammed");
            assertThat(leadPage.locator("main")).containsText("30 June 2027");
            assertThat(leadPage.locator("main")).containsText("first agreed for 31 March 2027");
            assertAccessible(leadPage);
        }
    }

    @Test
    void anOfficerPostsAnUpdateWithEvidence() {
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action action = Fixtures.action(plan, officer).create();
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("officer");
            page.navigate("/actions/" + action.id);
            page.getByLabel("What has happened").fill("Training delivered to 40 designated teachers.");
            page.getByLabel("Impact so far (optional)").fill("Evaluations show confidence up from 52% to 88%.");
            page.getByLabel("Evidence files (optional)").setInputFiles(new FilePayload("evaluation-summary.txt",
                    "text/plain", "Evaluation summary".getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, named("Add update")).click();
            assertThat(page.locator("#history + ol")).containsText("Training delivered to 40 designated teachers.");
            assertThat(page.getByRole(AriaRole.LINK, named("evaluation-summary.txt"))).isVisible();
            assertAccessible(page);
        }
    }

    @Test
    void twoPeopleEditingTheSameActionDoNotLoseEitherChange() {
        Person lead = Fixtures.personSigningInAs("lead");
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Action action = Fixtures.action(plan, lead).title("Refresh the SLT terms of reference").create();
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page first = browser.signIn("lead");
            Page second = browser.signIn("lead");
            first.navigate("/actions/" + action.id + "/edit");
            second.navigate("/actions/" + action.id + "/edit");

            first.getByLabel("Success criteria and measure of impact").fill("Terms agreed by every partner");
            first.getByRole(AriaRole.BUTTON, named("Save changes")).click();
            assertThat(first.locator("main")).containsText("Terms agreed by every partner");

            second.getByLabel("What will be done").fill("Refresh the SLT terms of reference and membership");
            second.getByRole(AriaRole.BUTTON, named("Save changes")).click();
            assertThat(second.locator(".govuk-error-summary")).containsText("This action changed since you opened it");
            assertThat(second.locator("#current-version")).containsText("Terms agreed by every partner");
            assertThat(second.getByLabel("What will be done"))
                    .hasValue("Refresh the SLT terms of reference and membership");
            assertAccessible(second);

            assertThat(second.getByLabel("Success criteria and measure of impact"))
                    .hasValue("Terms agreed by every partner");
            second.getByRole(AriaRole.BUTTON, named("Save changes")).click();
            assertThat(second.locator("h1")).hasText("Refresh the SLT terms of reference and membership");
            assertThat(second.locator(".govuk-summary-list__row").filter(new com.microsoft.playwright.Locator
                    .FilterOptions().setHasText("Success criteria"))).containsText("Terms agreed by every partner");
        }
    }
}
