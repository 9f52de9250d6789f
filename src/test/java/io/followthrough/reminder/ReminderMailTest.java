package io.followthrough.reminder;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.followthrough.termlyreview.TermlyReview;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each reminder delivered through quarkus-mailer to a real SMTP server (GreenMail), once and only once. */
@QuarkusTest
@TestProfile(MailServer.class)
class ReminderMailTest {

    private static final String LINK = MailServer.PUBLIC_URL;
    private static final LocalDate FAR = LocalDate.of(2030, 12, 31);

    @Inject
    TestClock clock;

    @Inject
    ReminderJob job;

    @Inject
    ReminderOptOuts optOuts;

    Review review;

    @BeforeEach
    void arrange() {
        review = Fixtures.review();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void update(Action action, LocalDate on) {
        clock.setToday(on);
        as("lead").body(Map.of("narrative", "Protocol drafted", "status", "IN_PROGRESS", "rag", "GREEN"))
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201);
    }

    private static String actionLink(Action action) {
        return LINK + "/actions/" + action.id;
    }

    private static void assertWrittenTwice(Received mail, String... links) {
        assertThat(mail.text(), containsString(MailServer.COUNCIL));
        assertThat(mail.html(), containsString(MailServer.COUNCIL));
        assertThat(mail.html(), containsString("<html lang=\"en-GB\">"));
        assertThat(mail.html(), containsString("<title>"));
        for (String link : links) {
            assertThat(mail.text(), containsString(link));
            assertThat(mail.html(), containsString("href=\"" + link + "\""));
        }
        assertThat(mail.text(), containsString(LINK + "/my-reminders"));
        assertThat(mail.from(), equalTo("followthrough@testshire.gov.uk"));
    }

    @Test
    void remindsTheLeadOfAnUpdateDueATargetDateInTwoWeeksAndAnOverdueActionOnce() {
        clock.setToday(LocalDate.of(2030, 1, 7));
        Person officer = Fixtures.person();
        Person planLead = Fixtures.person();
        Plan plan = Fixtures.plan(review, planLead);
        Action recent = Fixtures.action(plan, officer).title(Fixtures.unique("Recently updated"))
                .targetDate(LocalDate.of(2030, 12, 31)).create();
        Action stale = Fixtures.action(plan, officer).title(Fixtures.unique("Never updated"))
                .targetDate(LocalDate.of(2030, 12, 31)).create();
        Action soon = Fixtures.action(plan, officer).title(Fixtures.unique("Due soon"))
                .targetDate(LocalDate.of(2030, 2, 20)).create();
        Action late = Fixtures.action(plan, officer).title(Fixtures.unique("Running late"))
                .targetDate(LocalDate.of(2030, 2, 1)).create();
        Fixtures.action(plan, officer).title(Fixtures.unique("Finished")).status(ActionStatus.COMPLETE)
                .targetDate(LocalDate.of(2030, 2, 1)).create();
        for (Action a : List.of(recent, soon, late)) {
            update(a, LocalDate.of(2030, 1, 28));
        }

        clock.setToday(LocalDate.of(2030, 2, 11));
        job.sendDue();

        List<Received> mails = Received.to(officer.email);
        assertThat(mails.stream().map(Received::subject).toList(), containsInAnyOrder(
                "Update due: " + stale.reference + " " + stale.title,
                "Target date in 9 days: " + soon.reference + " " + soon.title,
                "Overdue: " + late.reference + " " + late.title));
        Received updateDue = mails.stream().filter(m -> m.subject().startsWith("Update due")).findFirst().orElseThrow();
        assertWrittenTwice(updateDue, actionLink(stale));
        assertThat(updateDue.text(), containsString("Dear " + officer.name));
        assertThat(updateDue.text(), containsString("has had no progress update yet"));
        assertWrittenTwice(mails.stream().filter(m -> m.subject().startsWith("Target date")).findFirst().orElseThrow(),
                actionLink(soon));
        Received overdue = mails.stream().filter(m -> m.subject().startsWith("Overdue")).findFirst().orElseThrow();
        assertWrittenTwice(overdue, actionLink(late));
        assertThat(overdue.text(), containsString("passed its target date of 1 February 2030"));

        List<Received> digest = Received.to(planLead.email);
        assertEquals(1, digest.size(), "the plan lead's weekly digest");
        assertThat(digest.get(0).subject(), equalTo("Weekly digest: " + plan.title));
        assertWrittenTwice(digest.get(0), actionLink(late), LINK + "/plans/" + plan.id + "/exceptions");
        assertThat(digest.get(0).text(), not(containsString(soon.title)));

        job.sendDue();
        clock.setToday(LocalDate.of(2030, 2, 12));
        job.sendDue();
        assertEquals(3, Received.to(officer.email).size(), "nothing is sent twice");
        assertEquals(1, Received.to(planLead.email).size(), "one digest a week");
    }

    @Test
    void remindsEveryLeadOfAPlanTenWorkingDaysBeforeItsTermlyReviewEvenWithTheirRemindersOff() {
        clock.setToday(LocalDate.of(2030, 3, 4));
        Person first = Fixtures.person();
        Person second = Fixtures.person();
        Person chair = Fixtures.person();
        Person otherLead = Fixtures.person();
        Plan plan = Fixtures.plan(review, chair);
        Action a1 = Fixtures.action(plan, first).title(Fixtures.unique("First one")).targetDate(FAR).create();
        Action a2 = Fixtures.action(plan, first).title(Fixtures.unique("First two")).targetDate(FAR).create();
        Action b1 = Fixtures.action(plan, second).title(Fixtures.unique("Second one")).targetDate(FAR).create();
        Action done = Fixtures.action(plan, second).title(Fixtures.unique("Second finished")).targetDate(FAR)
                .status(ActionStatus.COMPLETE).create();
        Plan later = Fixtures.plan(review, chair);
        Fixtures.action(later, otherLead).title(Fixtures.unique("Other plan one")).targetDate(FAR).create();
        QuarkusTransaction.requiringNew().run(() -> {
            for (ReminderKind kind : ReminderKind.values()) {
                if (kind.canSwitchOff()) {
                    optOuts.set(first.id, kind, false);
                }
            }
        });
        TermlyReview meeting = ReminderFixtures.termlyReview(plan, chair, LocalDate.of(2030, 3, 18));
        TermlyReview laterMeeting = ReminderFixtures.termlyReview(later, chair, LocalDate.of(2030, 3, 19));

        job.sendDue();

        String subject = "Update your actions before the pack goes out: " + plan.title
                + ", Virtual School SLT on 18 March 2030";
        List<Received> toFirst = Received.to(first.email);
        assertEquals(List.of(subject), toFirst.stream().map(Received::subject).toList());
        assertWrittenTwice(toFirst.get(0), LINK + "/termly-reviews/" + meeting.id, actionLink(a1), actionLink(a2));
        assertThat(toFirst.get(0).text(), containsString("cannot be switched off"));
        List<Received> toSecond = Received.to(second.email);
        assertEquals(List.of(subject), toSecond.stream().map(Received::subject).toList());
        assertWrittenTwice(toSecond.get(0), actionLink(b1));
        assertThat(toSecond.get(0).text(), not(containsString(done.title)));
        assertThat(toSecond.get(0).text(), not(containsString(a1.title)));
        assertEquals(0, Received.to(otherLead.email).size(), "the 19 March review is 11 working days away");

        clock.setToday(LocalDate.of(2030, 3, 5));
        job.sendDue();
        assertEquals(1, Received.to(first.email).size());
        assertThat(Received.to(otherLead.email).stream().map(Received::subject).toList(),
                hasItem(containsString(later.title + ", Virtual School SLT on 19 March 2030")));
        assertThat(Received.to(otherLead.email).get(0).text(), containsString("/termly-reviews/" + laterMeeting.id));
    }

    @Test
    void digestsRedActionsAndDateChangesAwaitingThePlanLead() {
        clock.setToday(LocalDate.of(2030, 4, 1));
        Person officer = Fixtures.person();
        Person planLead = Fixtures.person();
        Plan plan = Fixtures.plan(review, planLead);
        Action red = Fixtures.action(plan, officer).title(Fixtures.unique("Blocked"))
                .targetDate(LocalDate.of(2030, 12, 1)).rag(Rag.RED, "Data sharing agreement not signed").create();
        Action moving = Fixtures.action(plan, officer).title(Fixtures.unique("Moving"))
                .targetDate(LocalDate.of(2030, 11, 1)).create();
        long change = ((Number) as("lead").body(Map.of("requestedDate", "2031-01-31", "reason", "Waiting for the new term"))
                .post("/api/actions/{id}/date-changes", moving.id).then().statusCode(201).extract().path("id"))
                .longValue();

        job.sendDue();

        List<Received> digest = Received.to(planLead.email);
        assertEquals(1, digest.size());
        Received mail = digest.get(0);
        assertWrittenTwice(mail, actionLink(red), LINK + "/date-changes/" + change);
        assertThat(mail.text(), containsString("1 Red action, no overdue actions and 1 target-date change"));
        assertThat(mail.text(), containsString("from 1 November 2030 to 31 January 2031"));
        assertThat("a RAG reason may name a child: it never goes in an e-mail", mail.text(),
                not(containsString("Data sharing agreement")));
    }

    @Test
    void twoInstancesRacingOnOneDatabaseSendEachReminderOnce() throws Exception {
        clock.setToday(LocalDate.of(2030, 6, 3));
        Person planLead = Fixtures.person();
        Plan plan = Fixtures.plan(review, planLead);
        List<Person> leads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Person lead = Fixtures.person();
            leads.add(lead);
            Fixtures.action(plan, lead).title(Fixtures.unique("Late one")).targetDate(LocalDate.of(2030, 5, 1)).create();
            Fixtures.action(plan, lead).title(Fixtures.unique("Late two")).targetDate(LocalDate.of(2030, 5, 2)).create();
        }

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            start.await();
            return job.sendDue();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = pool.submit(instance);
            Future<Integer> two = pool.submit(instance);
            start.countDown();
            one.get(60, TimeUnit.SECONDS);
            two.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        for (Person lead : leads) {
            List<String> subjects = Received.to(lead.email).stream().map(Received::subject).toList();
            assertEquals(2, subjects.size(), "two overdue actions, one e-mail each: " + subjects);
            assertEquals(2, subjects.stream().distinct().count(), "no e-mail twice: " + subjects);
        }
        assertEquals(1, Received.to(planLead.email).size(), "one digest");
        Map<String, Long> outbox = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                        "recipientId in ?1", leads.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(m -> m.subject, Collectors.counting())));
        assertEquals(6, outbox.size());
        assertThat(outbox.values().stream().distinct().toList(), equalTo(List.of(1L)));
    }

    @Test
    void aReminderSwitchedOffIsNotSentButOthersAre() {
        clock.setToday(LocalDate.of(2030, 9, 2));
        Person me = Fixtures.personSigningInAs("slt2");
        Plan plan = Fixtures.plan(review, Fixtures.person());
        Action late = Fixtures.action(plan, me).title(Fixtures.unique("Switched off"))
                .targetDate(LocalDate.of(2030, 8, 1)).create();
        Action soon = Fixtures.action(plan, me).title(Fixtures.unique("Still on"))
                .targetDate(LocalDate.of(2030, 9, 10)).create();
        as("slt2").body(Map.of("OVERDUE", false)).put("/api/me/reminders").then().statusCode(200);
        try {
            job.sendDue();

            List<String> subjects = Received.to(me.email).stream().map(Received::subject).toList();
            assertThat(subjects, hasItem("Target date in 8 days: " + soon.reference + " " + soon.title));
            assertThat(subjects, not(hasItem(containsString(late.title))));
        } finally {
            as("slt2").body(Map.of("OVERDUE", true)).put("/api/me/reminders").then().statusCode(200);
        }
    }
}
