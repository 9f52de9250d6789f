package io.followthrough.reminder;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.support.Api;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.followthrough.termlyreview.TermlyReview;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Your reminders" (page and API), the calendar feed and the outbox, with the mock mailer of the test profile. */
@QuarkusTest
class ReminderPagesTest {

    private static String calendarPath(String account) {
        String url = as(account).get("/api/me/reminders").then().statusCode(200).extract().path("calendarUrl");
        return URI.create(url).getPath();
    }

    @Test
    void listsEachReminderAndSwitchesThemOffExceptTheTermlyReviewOne() {
        Fixtures.personSigningInAs("officer");
        try {
            as("officer").get("/api/me/reminders").then().statusCode(200)
                    .body("reminders.kind", equalTo(List.of("UPDATE_DUE", "TARGET_DATE_SOON", "OVERDUE",
                            "TERMLY_REVIEW", "WEEKLY_DIGEST")))
                    .body("reminders.find { it.kind == 'TERMLY_REVIEW' }.canSwitchOff", equalTo(false))
                    .body("calendarUrl", endsWith(".ics"));

            as("officer").body(Map.of("UPDATE_DUE", false)).put("/api/me/reminders").then().statusCode(200)
                    .body("reminders.find { it.kind == 'UPDATE_DUE' }.enabled", equalTo(false))
                    .body("reminders.find { it.kind == 'OVERDUE' }.enabled", equalTo(true));
            as("officer").get("/api/me/reminders").then()
                    .body("reminders.find { it.kind == 'UPDATE_DUE' }.enabled", equalTo(false));

            as("officer").body(Map.of("TERMLY_REVIEW", false)).put("/api/me/reminders").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("TERMLY_REVIEW"))
                    .body("errors[0].message", containsString("cannot be switched off"));
            as("officer").body(Map.of("BIRTHDAYS", false)).put("/api/me/reminders").then().statusCode(400)
                    .body("errors[0].field", equalTo("BIRTHDAYS"));
            as("officer").body("{\"OVERDUE\": \"sometimes\"}").put("/api/me/reminders").then().statusCode(400);
            as("officer").get("/api/me/reminders").then()
                    .body("reminders.find { it.kind == 'TERMLY_REVIEW' }.enabled", equalTo(true));
        } finally {
            as("officer").body(Map.of("UPDATE_DUE", true)).put("/api/me/reminders").then().statusCode(200);
        }
    }

    @Test
    void councillorsAndStrangersHaveNoReminders() {
        as("councillor").get("/api/me/reminders").then().statusCode(403);
        as("councillor").body(Map.of("UPDATE_DUE", false)).put("/api/me/reminders").then().statusCode(403);
        Api.anonymous().get("/api/me/reminders").then().statusCode(401);
        assertEquals(403, Browser.signedInAs("councillor").get("/my-reminders").statusCode());
        assertThat(Browser.signedInAs("councillor").get("/plans").asString(), not(containsString("/my-reminders")));
    }

    @Test
    void theRemindersPageSavesTheTickedBoxesAndShowsTheTermlyReminderAsAlwaysOn() {
        Fixtures.personSigningInAs("slt");
        Browser slt = Browser.signedInAs("slt");
        try {
            String page = slt.get("/my-reminders").asString();
            assertThat(page, containsString("<title>Your reminders"));
            assertThat(page, containsString("href=\"/my-reminders\">Your reminders</a>"));
            assertThat(page, containsString("value=\"UPDATE_DUE\" checked"));
            assertThat(page, not(containsString("value=\"TERMLY_REVIEW\"")));
            assertThat(page, containsString("This one cannot be switched off"));

            Response saved = slt.request().formParam("csrf-token", slt.csrfFrom(page))
                    .formParam("on", "TARGET_DATE_SOON").formParam("on", "TERMLY_REVIEW")
                    .post("/my-reminders");
            assertEquals(303, saved.statusCode());
            String after = slt.get("/my-reminders").asString();
            assertThat(after, containsString("Your reminders are saved"));
            assertThat(after, containsString("value=\"TARGET_DATE_SOON\" checked"));
            assertThat(after, not(containsString("value=\"UPDATE_DUE\" checked")));
            as("slt").get("/api/me/reminders").then()
                    .body("reminders.findAll { it.enabled }.kind", equalTo(List.of("TARGET_DATE_SOON", "TERMLY_REVIEW")));
        } finally {
            as("slt").body(Map.of("UPDATE_DUE", true, "OVERDUE", true, "WEEKLY_DIGEST", true))
                    .put("/api/me/reminders").then().statusCode(200);
        }
    }

    @Test
    void theCalendarFeedHasTheTargetDatesAndTermlyReviewsAsAllDayEventsBehindItsToken() throws Exception {
        Person me = Fixtures.personSigningInAs("officer");
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action mine = Fixtures.action(plan, me).title(Fixtures.unique("Agree a protocol, with partners; then report"))
                .targetDate(LocalDate.of(2031, 3, 31)).create();
        Action finished = Fixtures.action(plan, me).title(Fixtures.unique("Finished work"))
                .status(ActionStatus.COMPLETE).create();
        TermlyReview meeting = ReminderFixtures.termlyReview(plan, Fixtures.person(), LocalDate.of(2031, 1, 14));

        String path = calendarPath("officer");
        Response feed = RestAssured.given().get(path);
        assertEquals(200, feed.statusCode());
        assertThat(feed.contentType(), containsString("text/calendar"));
        String ics = feed.asString();
        for (String line : ics.split("\r\n")) {
            assertThat("folded at 75 octets: " + line, line.getBytes(StandardCharsets.UTF_8).length,
                    lessThanOrEqualTo(75));
            assertTrue(!line.contains("\n") && !line.contains("\r"), "every line ends with CRLF");
        }
        assertThat(ics, containsString("DTSTART;VALUE=DATE:20310331\r\n"));
        assertThat(ics, containsString("UID:action-" + mine.id + "-target@"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent target = events.stream().filter(e -> e.getUid().orElseThrow().getValue()
                .startsWith("action-" + mine.id + "-")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2031, 3, 31), (Object) target.getDateTimeStart().orElseThrow().getDate());
        assertEquals("Target date: " + mine.reference + " " + mine.title, target.getSummary().orElseThrow().getValue());
        assertTrue(target.getDateStamp().isPresent());
        assertThat(target.getProperty("URL").orElseThrow().getValue(), endsWith("/actions/" + mine.id));
        VEvent review = events.stream().filter(e -> e.getUid().orElseThrow().getValue()
                .startsWith("termly-review-" + meeting.id + "@")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2031, 1, 14), (Object) review.getDateTimeStart().orElseThrow().getDate());
        assertThat(review.getSummary().orElseThrow().getValue(), containsString(plan.title));
        assertThat(events.stream().map(e -> e.getSummary().orElseThrow().getValue()).toList(),
                not(hasItem(containsString(finished.title))));

        assertEquals(404, RestAssured.given().get("/calendar/not-a-token.ics").statusCode());
        assertEquals(404, RestAssured.given().get(path.replace(".ics", "x.ics")).statusCode());

        Browser officer = Browser.signedInAs("officer");
        String page = officer.get("/my-reminders").asString();
        assertThat(page, containsString(path));
        Response renewed = officer.request().formParam("csrf-token", officer.csrfFrom(page))
                .post("/my-reminders/calendar-link");
        assertEquals(303, renewed.statusCode());
        assertEquals(404, RestAssured.given().get(path).statusCode(), "the old address stops working");
        String newPath = calendarPath("officer");
        assertThat(newPath, not(equalTo(path)));
        assertEquals(200, RestAssured.given().get(newPath).statusCode());
    }

    @Test
    void theOutboxKeepsWhatTheDemoWouldSendForThePlanLeadOnly() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.person());
        Action late = Fixtures.action(plan, lead).title(Fixtures.unique("Long overdue"))
                .targetDate(LocalDate.of(2020, 1, 31)).create();

        Browser browser = Browser.signedInAs("lead");
        String outbox = browser.get("/outbox").asString();
        assertThat(outbox, containsString("<title>Outbox"));
        assertThat(outbox, containsString("reminders are kept here instead of being sent"));
        Response checked = browser.request().formParam("csrf-token", browser.csrfFrom(outbox)).post("/outbox/check");
        assertEquals(303, checked.statusCode());

        String subject = "Overdue: " + late.reference + " " + late.title;
        List<Map<String, Object>> items = as("lead").get("/api/outbox?size=200").then().statusCode(200)
                .extract().path("items");
        Map<String, Object> kept = items.stream().filter(m -> subject.equals(m.get("subject"))).findFirst()
                .orElseThrow(() -> new AssertionError("not in the outbox: " + subject));
        assertEquals(lead.email, kept.get("recipient"));
        assertEquals(false, kept.get("delivered"));
        assertThat((String) kept.get("textBody"), containsString("/actions/" + late.id));
        String page = browser.get("/outbox").asString();
        assertThat(page, containsString("Reminders checked"));
        assertThat(page, containsString(lead.email));
        Number id = (Number) kept.get("id");
        assertThat(browser.get("/outbox/" + id).asString(), containsString("<html lang=\"en-GB\">"));

        as("officer").get("/api/outbox").then().statusCode(403);
        as("slt").post("/api/outbox/check").then().statusCode(403);
        assertEquals(403, Browser.signedInAs("officer").get("/outbox").statusCode());
        assertEquals(403, Browser.signedInAs("councillor").get("/outbox/" + id).statusCode());
    }
}
