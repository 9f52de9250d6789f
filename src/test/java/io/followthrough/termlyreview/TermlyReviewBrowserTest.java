package io.followthrough.termlyreview;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.Api.as;
import static io.followthrough.support.BrowserSession.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TermlyReviewBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** WCAG 1.4.10: at 320 CSS pixels the page itself never scrolls sideways; wide tables scroll in their own region. */
    private static void assertReflowsAt320(Page page, String name) {
        page.setViewportSize(320, 900);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/termly-" + name + "-320.png")));
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertTrue(Boolean.TRUE.equals(fits), name + " scrolls sideways at 320px: "
                + page.evaluate("() => document.documentElement.scrollWidth"));
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/termly-" + name + "-1280.png")));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void theSltReviewsThePlanAndWhatItSignsOffStaysAsAgreed() {
        clock.setToday(LocalDate.of(2045, 11, 20));
        LocalDate due = LocalDate.of(2046, 7, 31);
        Person chair = Fixtures.personSigningInAs("slt");
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.personSigningInAs("lead"));
        Action first = Fixtures.action(plan, officer).reference("3.2.1").title("Agree the PEP protocol")
                .targetDate(due).rag(Rag.RED, "Data sharing blocked").create();
        Action second = Fixtures.action(plan, officer).reference("3.2.2").title("Train designated teachers")
                .targetDate(due).create();
        as("lead").get("/api/terms?year=2045-46").then().statusCode(200);

        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            Page lead = browser.signIn("lead");
            lead.navigate("/plans/" + plan.id + "/termly-reviews");
            assertAccessible(lead);
            lead.getByLabel("Term being reviewed").selectOption(new SelectOption().setLabel("Autumn 2045"));
            lead.getByLabel("Day").fill("20");
            lead.getByLabel("Month").fill("11");
            lead.getByLabel("Year").fill("2045");
            lead.getByLabel("Chair").selectOption(String.valueOf(chair.id));
            lead.getByLabel(chair.name + ", " + chair.jobTitle).check();
            lead.getByRole(AriaRole.BUTTON, named("Schedule the review")).click();
            assertThat(lead.locator("h1")).containsText("Review pack: Autumn 2045");
            assertThat(lead.locator(".govuk-notification-banner")).containsText("Termly review scheduled");
            assertAccessible(lead);
            String pack = lead.url();
            assertReflowsAt320(lead, "pack-before");
            lead.navigate("/plans/" + plan.id + "/termly-reviews");
            assertReflowsAt320(lead, "list");

            Page member = browser.signIn("slt");
            Page otherMember = browser.signIn("slt");
            member.navigate(pack + "/meeting?action=" + first.id);
            otherMember.navigate(pack + "/meeting?action=" + second.id);
            assertAccessible(member);
            member.getByLabel("RAG the meeting agrees").selectOption("AMBER");
            member.getByLabel("Challenge or comment").fill("Agreement signed this week; Amber agreed");
            otherMember.getByLabel("RAG the meeting agrees").selectOption("GREEN");
            otherMember.getByLabel("Challenge or comment").fill("On track");
            assertReflowsAt320(member, "meeting");
            member.getByRole(AriaRole.BUTTON, named("Save and return to the pack")).click();
            otherMember.getByRole(AriaRole.BUTTON, named("Save and finish")).click();
            assertThat(member.locator(".govuk-notification-banner")).containsText("Entry saved");
            assertThat(member.locator("#recorded-" + first.id)).containsText("Amber agreed");
            assertThat(otherMember.locator(".govuk-notification-banner")).containsText("Entry saved");
            assertThat(otherMember.locator("h1")).containsText("You have recorded every action");
            assertAccessible(otherMember);
            member.reload();
            assertThat(member.locator("#recorded-" + second.id)).containsText("On track");

            member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign off the review").setExact(true)).click();
            assertThat(member.locator("h1")).containsText("Sign off the Autumn 2045 review");
            assertThat(member.locator("main")).containsText("What will be frozen");
            assertThat(member.locator("main")).containsText("Agreement signed this week; Amber agreed");
            assertAccessible(member);
            assertReflowsAt320(member, "sign-off");
            member.getByRole(AriaRole.BUTTON, named("Confirm and sign off the review")).click();
            assertThat(member.locator(".govuk-notification-banner")).containsText("Termly review signed off");
            assertThat(member.locator("main")).containsText("Signed off by " + chair.name);
            assertThat(member.locator("main")).containsText("Meeting held on 20 November 2045; signed off on 20 November 2045.");
            assertThat(member.locator("#action-" + first.id)).containsText("Red Data sharing blocked");
            assertThat(member.locator("#action-" + first.id)).containsText("Amber Agreement signed this week");
            assertAccessible(member);
            assertReflowsAt320(member, "pack-signed-off");
            member.navigate(pack + "/summary");
            assertAccessible(member);
            assertReflowsAt320(member, "summary");
            member.navigate(pack);

            as("officer").body(Map.of("narrative", "Trainer left", "status", "IN_PROGRESS", "rag", "RED",
                    "reason", "Recruiting a replacement")).post("/api/actions/{id}/updates", second.id).then().statusCode(201);
            member.reload();
            assertThat(member.locator("#action-" + second.id)).containsText("On track");
            assertThat(member.locator("#action-" + second.id)).not().containsText("Trainer left");

            member.navigate("/plans/" + plan.id + "/term-trend");
            assertThat(member.locator("main")).containsText("Autumn 2045");
            assertAccessible(member);
            assertReflowsAt320(member, "trend");
        }
    }
}
