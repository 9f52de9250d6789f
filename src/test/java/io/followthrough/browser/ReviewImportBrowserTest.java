package io.followthrough.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.followthrough.support.BrowserSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.BrowserSession.assertAccessible;

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
}
