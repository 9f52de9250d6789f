package io.followthrough.reminder;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Fixtures;
import io.followthrough.support.PlanLife;
import io.followthrough.termlyreview.TermlyReview;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Nothing chases the actions of a closed plan: no reminder, no digest, no termly review notice, no calendar date. */
@QuarkusTest
class ClosedPlanRemindersTest {

    @Inject
    DueReminders reminders;

    private List<ReminderKind> aboutAction(long actionId, LocalDate today) {
        return reminders.on(today).stream().filter(r -> r.kind() != ReminderKind.TERMLY_REVIEW
                && r.kind() != ReminderKind.WEEKLY_DIGEST && r.subjectId() == actionId).map(DueReminder::kind).toList();
    }

    private List<ReminderKind> aboutPlan(long planId, long reviewId, LocalDate today) {
        return reminders.on(today).stream().filter(r -> (r.kind() == ReminderKind.WEEKLY_DIGEST && r.subjectId() == planId)
                || (r.kind() == ReminderKind.TERMLY_REVIEW && r.subjectId() == reviewId)).map(DueReminder::kind).toList();
    }

    @Test
    void aDeferredActionIsChasedWhileItsPlanIsOpenAndForgottenOnceItCloses() {
        LocalDate today = LocalDate.now(io.followthrough.platform.Clocks.UK);
        Person officer = Fixtures.personSigningInAs("officer");
        PlanLife life = PlanLife.endorsed();
        // Deferred with its reason, so the plan may close, but overdue and Red, so it is chased while the plan is open.
        Action deferred = Fixtures.action(life.plan, officer).reference("D1").title("Deferred mentoring pilot")
                .targetDate(today.minusDays(30)).status(ActionStatus.DEFERRED)
                .rag(Rag.RED, "Deferred: the funding was withdrawn").create();
        TermlyReview review = ReminderFixtures.termlyReview(life.plan, life.lead, WorkingDays.after(today, 3));
        String calendar = URI.create(as("officer").get("/api/me/reminders").then().statusCode(200).extract()
                .<String>path("calendarUrl")).getPath();

        assertThat(aboutAction(deferred.id, today), hasItems(ReminderKind.OVERDUE));
        assertThat(aboutPlan(life.plan.id, review.id, today), hasItems(ReminderKind.WEEKLY_DIGEST,
                ReminderKind.TERMLY_REVIEW));
        assertThat(RestAssured.given().get(calendar).then().statusCode(200).extract().asString(),
                containsString("UID:action-" + deferred.id + "-target@"));

        life.close();

        assertThat(aboutAction(deferred.id, today), empty());
        assertThat(aboutPlan(life.plan.id, review.id, today), empty());
        assertThat(RestAssured.given().get(calendar).then().statusCode(200).extract().asString(),
                not(containsString("UID:action-" + deferred.id + "-target@")));
    }
}
