package io.followthrough.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.Api.as;
import static io.followthrough.support.BrowserSession.assertAccessible;

@QuarkusTest
class TermlyReviewBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void theSltReviewsThePlanAndWhatItSignsOffStaysAsAgreed() {
        Person chair = Fixtures.personSigningInAs("slt");
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.personSigningInAs("lead"));
        Action first = Fixtures.action(plan, officer).reference("3.2.1").title("Agree the PEP protocol")
                .rag(Rag.RED, "Data sharing blocked").create();
        Action second = Fixtures.action(plan, officer).reference("3.2.2").title("Train designated teachers").create();
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
            assertThat(lead.locator("h1")).containsText("Autumn 2045 review");
            assertAccessible(lead);
            String pack = lead.url();

            Page member = browser.signIn("slt");
            Page otherMember = browser.signIn("slt");
            member.navigate(pack + "/meeting?action=" + first.id);
            otherMember.navigate(pack + "/meeting?action=" + second.id);
            assertAccessible(member);
            member.getByLabel("RAG the meeting agrees").selectOption("AMBER");
            member.getByLabel("Challenge or comment").fill("Agreement signed this week; Amber agreed");
            otherMember.getByLabel("RAG the meeting agrees").selectOption("GREEN");
            otherMember.getByLabel("Challenge or comment").fill("On track");
            member.getByRole(AriaRole.BUTTON, named("Save and return to the pack")).click();
            otherMember.getByRole(AriaRole.BUTTON, named("Save and return to the pack")).click();
            assertThat(member.locator("#action-" + first.id)).containsText("Amber agreed");
            member.reload();
            assertThat(member.locator("#action-" + second.id)).containsText("On track");

            member.getByRole(AriaRole.BUTTON, named("Sign off the review")).click();
            assertThat(member.locator("main")).containsText("Signed off by " + chair.name);
            assertAccessible(member);

            as("officer").body(Map.of("narrative", "Trainer left", "status", "IN_PROGRESS", "rag", "RED",
                    "reason", "Recruiting a replacement")).post("/api/actions/{id}/updates", second.id).then().statusCode(201);
            member.reload();
            assertThat(member.locator("#action-" + second.id)).containsText("On track");
            assertThat(member.locator("#action-" + second.id)).not().containsText("Trainer left");

            member.navigate("/plans/" + plan.id + "/term-trend");
            assertThat(member.locator("main")).containsText("Autumn 2045");
            assertAccessible(member);
        }
    }
}
