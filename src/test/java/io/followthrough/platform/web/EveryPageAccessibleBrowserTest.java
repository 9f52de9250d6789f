package io.followthrough.platform.web;

import com.microsoft.playwright.Page;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.ServicePages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.BrowserSession.assertAccessible;

/**
 * Every page of the service (the list in {@link ServicePages}), opened as the plan lead at the browser's default
 * width and checked with axe-core. EveryPageReflowsBrowserTest checks the same pages at 320 pixels.
 */
@QuarkusTest
class EveryPageAccessibleBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyPageMeetsWcagAA() {
        ServicePages site = ServicePages.arrange();
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn(ServicePages.LEAD);
            for (ServicePages.ServicePage p : site.openTo(ServicePages.LEAD)) {
                page.navigate(p.path());
                assertThat(page.locator("main h1").first()).isVisible();
                assertAccessible(page);
            }
        }
    }
}
