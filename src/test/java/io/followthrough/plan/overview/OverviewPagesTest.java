package io.followthrough.plan.overview;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class OverviewPagesTest {

    @Test
    void theExceptionsPageShowsRedActionsWithTheirReason() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Fixtures.action(plan, lead).title("Blocked action").rag(Rag.RED, "No data sharing agreement yet").create();
        Fixtures.action(plan, lead).title("Fine action").create();
        Browser.signedInAs("councillor").get("/plans/" + plan.id + "/exceptions").then().statusCode(200)
                .body(containsString("<title>Exceptions – " + plan.title))
                .body(containsString("Blocked action"))
                .body(containsString("No data sharing agreement yet"))
                .body(not(containsString("Fine action")));
    }

    @Test
    void theThemePageHasAnAccessibleChartAndTheSameFiguresAsATable() {
        Person lead = Fixtures.person();
        Review review = Fixtures.review();
        Plan plan = Fixtures.plan(review, lead);
        Fixtures.action(plan, lead).theme(Fixtures.themeOf(review)).rag(Rag.AMBER, "At risk").create();
        Browser.signedInAs("slt").get("/plans/" + plan.id + "/themes").then().statusCode(200)
                .body(containsString("<svg"))
                .body(containsString("role=\"img\""))
                .body(containsString("<desc id=\"chart-desc\">3.2 How effective is the Virtual School in working in partnership?: 1 actions"))
                .body(containsString("A 1"))
                .body(containsString("Actions by theme, RAG and status"));
    }

    @Test
    void thePartnerPageListsWhatEachPartnerLeadsAndSupports() {
        Partner partner = Fixtures.partner();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Fixtures.action(plan, lead).title("Supported by the partner").supportedBy(partner).create();
        Browser.signedInAs("officer").get("/plans/" + plan.id + "/partners").then().statusCode(200)
                .body(containsString("<h2 class=\"govuk-heading-m\">" + partner.name + "</h2>"))
                .body(containsString("Supported by the partner"));
    }

    @Test
    void myActionsNeedsASignInLinkedToAPersonAndIsNotForCouncillors() {
        Browser.signedInAs("councillor").get("/my-actions").then().statusCode(403);
        Person officer = Fixtures.personSigningInAs("officer");
        Fixtures.action(Fixtures.plan(Fixtures.review(), Fixtures.person()), officer).title("Officer's own action").create();
        Browser.signedInAs("officer").get("/my-actions").then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">My actions</h1>"))
                .body(containsString("Officer&#39;s own action"));
    }

    @Test
    void myActionsNamesEachTableByItsHeadingWithoutRepeatingItAsACaption() {
        Person officer = Fixtures.personSigningInAs("officer");
        Fixtures.action(Fixtures.plan(Fixtures.review(), Fixtures.person()), officer).title("Overdue work")
                .targetDate(java.time.LocalDate.of(2020, 1, 31)).create();
        String html = Browser.signedInAs("officer").get("/my-actions").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<h2 class=\"govuk-heading-m\" id=\"overdue\">Overdue</h2>"));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("aria-labelledby=\"overdue\""), "the table is named by its heading");
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<caption"), "no caption repeats a heading");
    }
}
