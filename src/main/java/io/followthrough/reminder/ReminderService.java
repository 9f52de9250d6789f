package io.followthrough.reminder;

import io.followthrough.people.Person;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person's own reminders and calendar link, and the plan lead's outbox. */
@ApplicationScoped
public class ReminderService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecurityIdentity identity;
    private final ReminderOptOuts optOuts;
    private final PublicUrl url;

    public ReminderService(SecurityIdentity identity, ReminderOptOuts optOuts, PublicUrl url) {
        this.identity = identity;
        this.optOuts = optOuts;
        this.url = url;
    }

    /** The signed-in person's reminders; their calendar token is made the first time they look. */
    @Transactional
    public MyReminders mine() {
        Person me = me();
        if (me.calendarToken == null) {
            me.calendarToken = newToken();
        }
        return view(me);
    }

    /** Switches the named reminders on (true) or off (false); the termly review reminder cannot be switched off. */
    @Transactional
    public MyReminders update(Map<String, Boolean> changes) {
        Person me = me();
        List<FieldError> errors = new ArrayList<>();
        Map<ReminderKind, Boolean> valid = new java.util.EnumMap<>(ReminderKind.class);
        changes.forEach((name, on) -> {
            ReminderKind kind = kindNamed(name);
            if (kind == null) {
                errors.add(new FieldError(name, "There is no reminder called " + name));
            } else if (on == null) {
                errors.add(new FieldError(name, "Say true to switch the reminder on or false to switch it off"));
            } else if (!on && !kind.canSwitchOff()) {
                errors.add(new FieldError(name, "The reminder to update your actions before a termly review cannot be "
                        + "switched off: the review pack is made from your updates"));
            } else {
                valid.put(kind, on);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        valid.forEach((kind, on) -> optOuts.set(me.id, kind, on));
        if (me.calendarToken == null) {
            me.calendarToken = newToken();
        }
        return view(me);
    }

    /** A new calendar link; the old one stops working at once. */
    @Transactional
    public MyReminders renewCalendarToken() {
        Person me = me();
        me.calendarToken = newToken();
        return view(me);
    }

    @Transactional
    public PageOf<OutboxJson> outbox(PageRequest page) {
        return PageOf.of(OutboxMessage.newestFirst(), page, OutboxJson::of);
    }

    @Transactional
    public java.util.Optional<OutboxMessage> outboxMessage(long id) {
        return OutboxMessage.findByIdOptional(id);
    }

    private MyReminders view(Person me) {
        Set<ReminderKind> off = optOuts.switchedOff(me.id);
        List<MyReminders.Setting> settings = new ArrayList<>();
        for (ReminderKind kind : ReminderKind.values()) {
            settings.add(new MyReminders.Setting(kind, kind.label(), kind.description(), !off.contains(kind),
                    kind.canSwitchOff()));
        }
        return new MyReminders(me.id, me.name, me.email, settings, url.of("/calendar/" + me.calendarToken + ".ics"));
    }

    private Person me() {
        if (identity.isAnonymous()) {
            throw new NotFoundException("Sign in to see your reminders.");
        }
        return Person.bySignInName(identity.getPrincipal().getName()).filter(p -> !p.hasLeft())
                .orElseThrow(() -> new NotFoundException("Your sign-in (" + identity.getPrincipal().getName()
                        + ") is not linked to a person, so you have no reminders. The plan lead can link it on the "
                        + "people page."));
    }

    private static ReminderKind kindNamed(String name) {
        for (ReminderKind kind : ReminderKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
