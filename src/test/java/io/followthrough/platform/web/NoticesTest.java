package io.followthrough.platform.web;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class NoticesTest {

    @Test
    void aSuccessfulPostIsConfirmedOnceOnThePageItLeadsTo() {
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), officer);
        Action action = Fixtures.action(plan, officer).create();
        Browser browser = Browser.signedInAs("officer");
        String page = "/actions/" + action.id;

        browser.get(page).then().body(not(containsString("govuk-notification-banner--success")));
        browser.submit(page, page + "/updates", Map.of("narrative", "Protocol drafted", "status", "IN_PROGRESS",
                "rag", "GREEN")).then().statusCode(303);
        browser.get(page).then().statusCode(200)
                .body(containsString("govuk-notification-banner--success"))
                .body(containsString("Progress update added"));
        browser.get(page).then().body(not(containsString("Progress update added")));
    }

    @Test
    void aNoticeCookieNamingNoNoticeShowsNothing() {
        Person officer = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), officer);
        Action action = Fixtures.action(plan, officer).create();
        Browser.signedInAs("officer").request().cookie(Notices.COOKIE, "<script>alert(1)</script>")
                .get("/actions/" + action.id).then().statusCode(200)
                .body(not(containsString("govuk-notification-banner--success")))
                .body(not(containsString("<script>alert(1)</script>")));
    }
}
