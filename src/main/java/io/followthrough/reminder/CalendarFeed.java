package io.followthrough.reminder;

import io.followthrough.people.Person;
import io.followthrough.plan.PlanStatus;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.platform.web.AppConfig;
import io.followthrough.termlyreview.TermlyReview;
import io.followthrough.termlyreview.TermlyReviewState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person's calendar (RFC 5545, written by ical4j): the target date of each open action they lead, and the termly
 * review meetings of the plans they lead or lead actions in, as all-day events.
 */
@ApplicationScoped
public class CalendarFeed {

    private final AppConfig app;
    private final PublicUrl url;
    private final Clock clock;

    public CalendarFeed(AppConfig app, PublicUrl url, Clock clock) {
        this.app = app;
        this.url = url;
        this.clock = clock;
    }

    /** The feed of the person whose token this is; empty for a token nobody has. */
    @Transactional
    public Optional<String> of(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return Person.byCalendarToken(token).filter(p -> !p.hasLeft()).map(this::feed);
    }

    private String feed(Person person) {
        Instant now = clock.instant();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//" + app.councilName() + "//" + app.serviceName() + "//EN"));
        calendar.add(new Version(new net.fortuna.ical4j.model.ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new XProperty("X-WR-CALNAME", app.serviceName() + ": " + person.name));
        List<Action> actions = Action.list("""
                from Action a join fetch a.plan where a.lead.id = ?1 and a.status <> ?2 and a.plan.status <> ?3 and %s
                order by a.targetDate, a.reference""".formatted(Action.followedUp("a")), person.id,
                ActionStatus.COMPLETE, PlanStatus.CLOSED);
        for (Action a : actions) {
            String page = url.of("/actions/" + a.id);
            calendar.add(allDay(a.targetDate, "Target date: " + a.reference + " " + a.title,
                    "Target date of " + a.reference + " “" + a.title + "” in the plan “" + a.plan.title + "”. " + page,
                    page, "action-" + a.id + "-target@" + url.host(), now));
        }
        List<TermlyReview> reviews = TermlyReview.list("""
                from TermlyReview r join fetch r.plan p where r.state <> ?1
                and (p.lead.id = ?2 or exists (select 1 from Action a where a.plan = p and a.lead.id = ?2 and %s))
                and (p.status <> ?3 or r.state <> ?4)
                order by r.meetingDate""".formatted(Action.live("a")), TermlyReviewState.SUPERSEDED, person.id,
                PlanStatus.CLOSED, TermlyReviewState.SCHEDULED);
        for (TermlyReview r : reviews) {
            String page = url.of("/termly-reviews/" + r.id);
            calendar.add(allDay(r.meetingDate, r.body + ": termly review of " + r.plan.title,
                    "The " + r.body + " reviews the plan “" + r.plan.title + "”. Update your actions before the pack "
                            + "goes out. " + page,
                    page, "termly-review-" + r.id + "@" + url.host(), now));
        }
        // ical4j folds lines at 75 characters; RFC 5545 (3.1) says 75 octets, and a title with curly quotes or
        // accents has more octets than characters. So the unfolded text is folded here, by octets.
        return fold(calendar.toString());
    }

    /** Folds each content line to at most 75 octets (a continuation starts with a space), never inside a character. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder();
        for (String line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                    limit = 75;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static VEvent allDay(LocalDate date, String summary, String description, String page, String uid,
                                 Instant now) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(date));
        event.add(new DtEnd<>(date.plusDays(1)));
        event.add(new Summary(summary));
        event.add(new Description(description));
        event.add(new Url(URI.create(page)));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        return event;
    }
}
