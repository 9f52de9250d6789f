package io.followthrough.review.importing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.followthrough.support.BrowserSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.followthrough.review.importing.LongLetter;
import io.followthrough.support.Fixtures;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.BrowserSession.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReviewImportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theLeadUploadsALetterCorrectsAFindingAndConfirmsTheReview() throws Exception {
        Path letter = Paths.get(getClass().getClassLoader().getResource("demo/nottinghamshire-peer-challenge.md").toURI());
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("lead");
            page.navigate("/reviews");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a review document")).click();
            assertAccessible(page);
            page.getByLabel("Review document").setInputFiles(letter);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the document")).click();

            assertThat(page.locator("h1")).hasText("Check the imported review");
            assertThat(page.getByLabel("Organisation reviewed")).hasValue("Nottinghamshire");
            assertAccessible(page);

            page.getByLabel("Text of finding 1 in theme 3.1 Headline Strengths and Areas for Consideration",
                    new Page.GetByLabelOptions().setExact(true))
                    .fill("A well established, widely respected and valued Virtual School team.");
            // The letter's lead-in stays with its list, so nothing is left to place and it can be confirmed at once.
            assertThat(page.locator("#unplaced + p")).containsText("Every piece of text is in a theme or a finding");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the review")).click();

            assertThat(page.locator("h1")).containsText("Nottinghamshire");
            assertThat(page.locator("main")).containsText("A well established, widely respected and valued Virtual School team.");
            assertAccessible(page);
        }
    }

    @Test
    void aSixtyFindingLetterImportedTwiceShowsItsOverviewAndTheDuplicateWarningAtPhoneAndDesktopWidths() throws Exception {
        Path letter = Files.createDirectories(Paths.get("target", "browser-uploads")).resolve("eastmoor-letter.md");
        Files.write(letter, LongLetter.markdown(Fixtures.unique("Ref:")));
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("lead");
            for (int upload = 0; upload < 2; upload++) {
                page.navigate("/imports/new");
                page.getByLabel("Review document").setInputFiles(letter);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the document")).click();
                assertThat(page.locator("h1")).hasText("Check the imported review");
                assertThat(page.locator(".govuk-notification-banner--success"))
                        .containsText("Review imported: check the themes and findings below");
            }
            assertThat(page.locator("#duplicate")).containsText("This document is identical to eastmoor-letter.md");
            assertThat(page.locator("#overview + ul > li")).hasCount(LongLetter.THEMES.size() + 1);
            assertThat(page.locator("#overview + ul")).containsText("3.2 Personal education plans: 1 strength, "
                    + "7 areas for consideration");

            for (int width : new int[] {320, 1280}) {
                page.setViewportSize(width, 900);
                page.navigate(page.url().replaceAll("#.*", ""));
                assertEquals(Boolean.TRUE, page.evaluate(
                        "document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at " + width);
                page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                        "import-overview-" + width + ".png")));
                assertAccessible(page);
            }
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("3.6 Post-16 education, training and care leavers").setExact(true)).click();
            assertTrue(page.url().endsWith("#theme-5-heading"), page.url());
            assertThat(page.getByLabel("Text of finding 1 in theme 3.6 Post-16 education, training and care leavers",
                    new Page.GetByLabelOptions().setExact(true))).isInViewport();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                    "import-theme-1280.png")));
            page.setViewportSize(320, 900);
            page.locator("#finding-f1").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                    "import-finding-320.png")));
        }
    }

    @Test
    void anAuditsProposedPriorityOwnerAndDateCanBeCorrectedOnThePageAtPhoneAndDesktopWidths() throws Exception {
        Path audit = Paths.get(getClass().getClassLoader()
                .getResource("io/followthrough/review/importing/renderings/internal-audit.pdf").toURI());
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("lead");
            page.navigate("/imports/new");
            page.getByLabel("Review document").setInputFiles(audit);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the document")).click();
            String theme = " in theme Recommendations and management responses";
            assertThat(page.getByLabel("Priority of finding 1" + theme)).hasValue("High");
            assertThat(page.getByLabel("Proposed owner of finding 1" + theme)).hasValue("Virtual School Head");
            page.getByLabel("Proposed owner of finding 2" + theme).fill("Jo Bloggs");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save corrections")).click();
            assertThat(page.getByLabel("Proposed owner of finding 2" + theme)).hasValue("Jo Bloggs");
            for (int width : new int[] {320, 1280}) {
                page.setViewportSize(width, 900);
                page.locator("#finding-f1").scrollIntoViewIfNeeded();
                assertEquals(Boolean.TRUE, page.evaluate(
                        "document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at " + width);
                page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                        "import-audit-" + width + ".png")));
                assertAccessible(page);
            }
        }
    }
}
