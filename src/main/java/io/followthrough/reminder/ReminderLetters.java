package io.followthrough.reminder;

import io.followthrough.platform.web.AppConfig;
import io.followthrough.platform.web.Formats;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Writes each kind of reminder: the words, the links to the exact page, and the two bodies from one template pair. */
@ApplicationScoped
public class ReminderLetters {

    @CheckedTemplate(basePath = "ReminderMails")
    static class Templates {
        static native TemplateInstance messageText(MailContent mail);

        static native TemplateInstance messageHtml(MailContent mail);
    }

    /** One action in a reminder: only its reference, title, plan, dates and link. */
    public record ActionLine(long id, String reference, String title, String planTitle, LocalDate targetDate,
                             String ragLabel) {
    }

    /** A target-date change awaiting the plan lead's decision. */
    public record ChangeLine(long id, String reference, String title, LocalDate from, LocalDate to) {
    }

    private final AppConfig app;
    private final PublicUrl url;

    public ReminderLetters(AppConfig app, PublicUrl url) {
        this.app = app;
        this.url = url;
    }

    ReminderMail updateDue(long recipientId, String to, String name, ActionLine action, LocalDate lastUpdate,
                           int weeks) {
        String subject = "Update due: " + action.reference() + " " + action.title();
        List<String> paragraphs = List.of(
                "The action " + quoted(action) + " in the plan “" + action.planTitle() + "” has had no progress update "
                        + (lastUpdate == null ? "yet" : "since " + Formats.date(lastUpdate))
                        + ". Actions are updated at least every " + weeks + " weeks, so that the plan lead and the "
                        + "Senior Leadership Team can see where it stands.",
                "Please add a progress update: what has happened, its status, the RAG rating with its reason, and the "
                        + "impact so far.");
        return write(ReminderKind.UPDATE_DUE, recipientId, to, name, subject, paragraphs, List.of(),
                new MailContent.Link("Add a progress update to " + action.reference(), actionUrl(action.id())));
    }

    ReminderMail targetDateSoon(long recipientId, String to, String name, ActionLine action, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, action.targetDate());
        String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
        String subject = "Target date " + when + ": " + action.reference() + " " + action.title();
        List<String> paragraphs = List.of(
                "The action " + quoted(action) + " in the plan “" + action.planTitle() + "” reaches its target date "
                        + when + ", on " + Formats.date(action.targetDate()) + ".",
                "If it will be complete, record that in a progress update. If it will not, ask the plan lead to move "
                        + "its target date, giving the reason.");
        return write(ReminderKind.TARGET_DATE_SOON, recipientId, to, name, subject, paragraphs, List.of(),
                new MailContent.Link("Open " + action.reference() + " to update it", actionUrl(action.id())));
    }

    ReminderMail overdue(long recipientId, String to, String name, ActionLine action) {
        String subject = "Overdue: " + action.reference() + " " + action.title();
        List<String> paragraphs = List.of(
                "The action " + quoted(action) + " in the plan “" + action.planTitle() + "” passed its target date of "
                        + Formats.date(action.targetDate()) + " and is not complete.",
                "Please add a progress update saying where it stands, or ask the plan lead to move its target date, "
                        + "giving the reason.");
        return write(ReminderKind.OVERDUE, recipientId, to, name, subject, paragraphs, List.of(),
                new MailContent.Link("Open " + action.reference() + " to update it", actionUrl(action.id())));
    }

    ReminderMail termlyReview(long recipientId, String to, String name, long reviewId, String planTitle,
                              String body, LocalDate meetingDate, List<ActionLine> actions) {
        String subject = "Update your actions before the pack goes out: " + planTitle + ", " + body + " on "
                + Formats.date(meetingDate);
        List<String> paragraphs = List.of(
                "The " + body + " reviews the plan “" + planTitle + "” on " + Formats.date(meetingDate)
                        + ". Its review pack is made from each action’s latest progress update.",
                "Update your actions before the pack goes out, so that the meeting sees where they stand now.");
        List<MailContent.Link> items = actions.stream()
                .map(a -> new MailContent.Link(a.reference() + " " + a.title() + " (target date "
                        + Formats.date(a.targetDate()) + ")", actionUrl(a.id())))
                .toList();
        return write(ReminderKind.TERMLY_REVIEW, recipientId, to, name, subject, paragraphs,
                List.of(new MailContent.Section("Your actions in this plan", items)),
                new MailContent.Link("See the termly review", url.of("/termly-reviews/" + reviewId)));
    }

    ReminderMail weeklyDigest(long recipientId, String to, String name, long planId, String planTitle,
                              List<ActionLine> red, List<ActionLine> overdue, List<ChangeLine> changes) {
        String subject = "Weekly digest: " + planTitle;
        List<String> paragraphs = List.of("This week in the plan “" + planTitle + "”: " + count(red.size(), "Red action")
                + ", " + count(overdue.size(), "overdue action") + " and "
                + count(changes.size(), "target-date change") + " awaiting your decision.");
        List<MailContent.Section> sections = new ArrayList<>();
        if (!red.isEmpty()) {
            sections.add(new MailContent.Section("Red actions", red.stream()
                    .map(a -> new MailContent.Link(a.reference() + " " + a.title() + " (target date "
                            + Formats.date(a.targetDate()) + ")", actionUrl(a.id()))).toList()));
        }
        if (!overdue.isEmpty()) {
            sections.add(new MailContent.Section("Overdue actions", overdue.stream()
                    .map(a -> new MailContent.Link(a.reference() + " " + a.title() + " (target date was "
                            + Formats.date(a.targetDate()) + ", " + a.ragLabel() + ")", actionUrl(a.id()))).toList()));
        }
        if (!changes.isEmpty()) {
            sections.add(new MailContent.Section("Target-date changes awaiting your decision", changes.stream()
                    .map(c -> new MailContent.Link(c.reference() + " " + c.title() + ": from " + Formats.date(c.from())
                            + " to " + Formats.date(c.to()), url.of("/date-changes/" + c.id()))).toList()));
        }
        return write(ReminderKind.WEEKLY_DIGEST, recipientId, to, name, subject, paragraphs, sections,
                new MailContent.Link("See the plan’s exceptions", url.of("/plans/" + planId + "/exceptions")));
    }

    private ReminderMail write(ReminderKind kind, long recipientId, String to, String name, String subject,
                               List<String> paragraphs, List<MailContent.Section> sections, MailContent.Link main) {
        String footer = kind.canSwitchOff()
                ? "You get this e-mail because you have this reminder switched on. You can see and switch off your reminders on the "
                : "Every lead of an action in the plan gets this reminder; it cannot be switched off. Your other reminders are on the ";
        MailContent content = new MailContent(app.councilName(), app.serviceName(), subject, name, paragraphs,
                sections, main, footer, new MailContent.Link("Your reminders page", url.of("/my-reminders")));
        return new ReminderMail(kind, recipientId, to, subject, Templates.messageText(content).render(),
                Templates.messageHtml(content).render());
    }

    private String actionUrl(long actionId) {
        return url.of("/actions/" + actionId);
    }

    private static String quoted(ActionLine action) {
        return action.reference() + " “" + action.title() + "”";
    }

    private static String count(int n, String thing) {
        return (n == 0 ? "no" : String.valueOf(n)) + " " + thing + (n == 1 ? "" : "s");
    }
}
