package io.followthrough.home;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.followthrough.term.Term;
import io.followthrough.termlyreview.TermlyReview;
import io.followthrough.termlyreview.TermlyReviewState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page: a councillor's front door shows what has been published first; everyone else, the plans first. */
@QuarkusTest
class HomePagesTest {

    @Test
    void aCouncillorSeesPublishedReportsAndSignedOffReviewsNewestFirstThenThePlans() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Fixtures.action(plan, lead).rag(Rag.RED, "Blocked by data sharing").create();
        long review = signedOffReview(plan, "Virtual School SLT", LocalDate.of(2025, 11, 20),
                Instant.parse("2025-11-21T10:00:00Z"));
        int published = report(plan, "Executive", "2027-02-14");
        as("lead").body(Map.of("gapsReason", "Costs follow")).post("/api/reports/{id}/publish", published).then()
                .statusCode(201);
        int draft = report(plan, "Corporate Parenting Board", "2027-03-10");

        Document home = Jsoup.parse(Browser.signedInAs("councillor").get("/").then().statusCode(200)
                .extract().asString());

        assertEquals("Published reports and reviews", home.selectFirst("h1").text());
        List<Element> cards = home.select("main .govuk-summary-card");
        int reportCard = indexOf(cards, "/reports/" + published);
        int reviewCard = indexOf(cards, "/termly-reviews/" + review);
        int planCard = indexOf(cards, "/plans/" + plan.id);
        assertTrue(reportCard >= 0 && reviewCard > reportCard, "the report, published after the review, comes first");
        assertTrue(planCard > reviewCard, "then the plans");
        assertEquals(-1, indexOf(cards, "/reports/" + draft), "a draft is not listed");

        String reportText = cards.get(reportCard).text();
        String subject = as("lead").get("/api/reports/{id}", published).then().extract().path("subject");
        assertTrue(reportText.contains("Committee report: Endorse review and action plan"), reportText);
        assertTrue(reportText.contains("Subject " + subject), reportText);
        assertTrue(reportText.contains("Meeting Executive, 14 February 2027"), reportText);
        assertTrue(reportText.matches(".*Published \\d{1,2} [A-Z][a-z]+ \\d{4}.*"), reportText);
        String reviewText = cards.get(reviewCard).text();
        assertTrue(reviewText.contains("Subject " + plan.title), reviewText);
        assertTrue(reviewText.contains("Meeting Virtual School SLT, 20 November 2025"), reviewText);
        assertTrue(reviewText.contains("Signed off 21 November 2025"), reviewText);
        assertTrue(cards.get(planCard).html().contains("govuk-tag--red\">Red</strong> 1"), "plans keep their RAG counts");
    }

    @Test
    void otherRolesSeeThePlansWithTheirRagCountsFirst() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        Fixtures.action(plan, lead).rag(Rag.RED, "Blocked by data sharing").create();
        for (String account : List.of("lead", "officer", "slt")) {
            Document home = Jsoup.parse(Browser.signedInAs(account).get("/").then().statusCode(200)
                    .contentType(containsString("text/html")).body(containsString("<title>Plans – Followthrough"))
                    .extract().asString());
            assertEquals("Action plans", home.selectFirst("h1").text(), account);
            List<Element> cards = home.select("main .govuk-summary-card");
            int planCard = indexOf(cards, "/plans/" + plan.id);
            assertTrue(planCard >= 0, account);
            assertTrue(cards.get(planCard).html().contains("govuk-tag--red\">Red</strong> 1"));
            assertFalse(home.select("main h2").eachText().isEmpty());
        }
    }

    @Test
    void theHomePageNeedsSignIn() {
        Browser.anonymous().get("/").then().statusCode(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(302), org.hamcrest.Matchers.is(303), org.hamcrest.Matchers.is(401)));
    }

    private static int indexOf(List<Element> cards, String href) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).selectFirst("a[href=" + href + "]") != null) {
                return i;
            }
        }
        return -1;
    }

    private static int report(Plan plan, String body, String date) {
        return as("lead").body(Map.of("kind", "ENDORSEMENT", "body", body, "meetingDate", date))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
    }

    /** A termly review as its sign-off leaves it. */
    private static long signedOffReview(Plan plan, String body, LocalDate meeting, Instant signedOff) {
        long termId = ((Number) as("lead").get("/api/terms?year=2025-26").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        return QuarkusTransaction.requiringNew().call(() -> {
            TermlyReview review = new TermlyReview();
            review.plan = Plan.findById(plan.id);
            review.term = Term.findById(termId);
            review.meetingDate = meeting;
            review.body = body;
            review.chair = review.plan.lead;
            review.chairName = review.chair.name;
            review.state = TermlyReviewState.SIGNED_OFF;
            review.signedOffAt = signedOff;
            review.signedOffBy = "slt";
            review.planTitle = review.plan.title;
            review.memberNames = "";
            review.persist();
            return review.id;
        });
    }
}
