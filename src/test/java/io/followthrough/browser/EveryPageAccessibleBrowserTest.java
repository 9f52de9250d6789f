package io.followthrough.browser;

import com.microsoft.playwright.Page;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.BrowserSession.assertAccessible;

/** The pages no journey passes through, each opened as the plan lead and checked with axe-core. */
@QuarkusTest
class EveryPageAccessibleBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyOtherPageMeetsWcagAA() {
        Person lead = Fixtures.personSigningInAs("lead");
        Review review = Fixtures.review();
        Plan plan = Fixtures.plan(review, lead);
        Action action = Fixtures.action(plan, lead).theme(Fixtures.themeOf(review)).supportedBy(Fixtures.partner())
                .rag(Rag.RED, "Blocked").create();
        List<String> pages = List.of("/plans", "/plans/new", "/plans/" + plan.id + "/edit",
                "/plans/" + plan.id + "/exceptions", "/plans/" + plan.id + "/themes", "/plans/" + plan.id + "/partners",
                "/plans/" + plan.id + "/import", "/plans/" + plan.id + "/term-trend", "/plans/" + plan.id + "/reports",
                "/plans/" + plan.id + "/actions/new", "/actions/" + action.id + "/edit", "/my-actions",
                "/reviews", "/reviews/" + review.id, "/reviews/new", "/reviews/" + review.id + "/edit",
                "/people", "/people/new", "/partners/new", "/terms", "/terms/new");
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page page = browser.signIn("lead");
            for (String path : pages) {
                page.navigate(path);
                assertThat(page.locator("h1")).isVisible();
                assertAccessible(page);
            }
        }
    }
}
