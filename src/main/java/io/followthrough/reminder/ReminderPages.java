package io.followthrough.reminder;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/")
@Produces(Html.TYPE)
public class ReminderPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(MyReminders reminders, String notLinked);

        static native TemplateInstance outbox(PageOf<OutboxJson> messages, Pager pager, boolean demo);
    }

    /** The page shown, counted from one, and the pages of newer and older messages, if there are any. */
    public record Pager(int number, Integer newer, Integer older) {
        static Pager of(PageOf<?> page) {
            return new Pager(page.page() + 1, page.page() > 0 ? page.page() - 1 : null,
                    page.page() + 1 < page.pageCount() ? page.page() + 1 : null);
        }
    }

    private final ReminderService reminders;
    private final ReminderJob job;
    private final boolean mock;

    public ReminderPages(ReminderService reminders, ReminderJob job,
                         @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.mailer.mock",
                                 defaultValue = "false") boolean mock) {
        this.reminders = reminders;
        this.job = job;
        this.mock = mock;
    }

    @GET
    @Path("my-reminders")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public TemplateInstance mine() {
        try {
            return Templates.mine(reminders.mine(), null);
        } catch (NotFoundException e) {
            return Templates.mine(null, e.getMessage());
        }
    }

    /** The form lists a checkbox per reminder that can be switched off; an unticked box switches it off. */
    @POST
    @Path("my-reminders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public Response save(@RestForm("on") List<String> on) {
        Map<String, Boolean> changes = new LinkedHashMap<>();
        for (ReminderKind kind : ReminderKind.values()) {
            if (kind.canSwitchOff()) {
                changes.put(kind.name(), on != null && on.contains(kind.name()));
            }
        }
        reminders.update(changes);
        return Html.seeOther("/my-reminders", Notice.REMINDERS_SAVED);
    }

    @POST
    @Path("my-reminders/calendar-link")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public Response renewCalendarLink() {
        reminders.renewCalendarToken();
        return Html.seeOther("/my-reminders#calendar", Notice.CALENDAR_LINK_RENEWED);
    }

    @GET
    @Path("outbox")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance outbox(@BeanParam PageRequest page) {
        PageOf<OutboxJson> messages = reminders.outbox(page);
        return Templates.outbox(messages, Pager.of(messages), mock);
    }

    /** One message as its recipient's mail program shows the HTML version. */
    @GET
    @Path("outbox/{id}")
    @RolesAllowed(Roles.LEAD)
    public Response message(@RestPath long id) {
        OutboxMessage message = reminders.outboxMessage(id).orElseThrow(() -> new NotFoundException("message", id));
        return Response.ok(message.htmlBody, Html.TYPE).build();
    }

    @POST
    @Path("outbox/check")
    @RolesAllowed(Roles.LEAD)
    public Response check() {
        job.sendDue();
        return Html.seeOther("/outbox", Notice.REMINDERS_CHECKED);
    }
}
