package io.followthrough.reminder;

import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.util.Map;

@Path("/api")
public class ReminderResource {

    private final ReminderService reminders;
    private final ReminderJob job;

    public ReminderResource(ReminderService reminders, ReminderJob job) {
        this.reminders = reminders;
        this.job = job;
    }

    /** The signed-in person's reminders, each on or off, and the address of their calendar feed. */
    @GET
    @Path("/me/reminders")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public MyReminders mine() {
        return reminders.mine();
    }

    /** Switches reminders on or off: {@code {"UPDATE_DUE": false, "OVERDUE": true}}; others stay as they are. */
    @PUT
    @Path("/me/reminders")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public MyReminders update(Map<String, Boolean> changes) {
        if (changes == null) {
            throw new InvalidInputException("reminders", "Send the reminders to change, like {\"UPDATE_DUE\": false}");
        }
        return reminders.update(changes);
    }

    /** A new calendar feed address; the old one stops working. */
    @POST
    @Path("/me/calendar-token")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public MyReminders renewCalendarToken() {
        return reminders.renewCalendarToken();
    }

    /** Every reminder sent (or, in the demo, kept), newest first. */
    @GET
    @Path("/outbox")
    @RolesAllowed(Roles.LEAD)
    public PageOf<OutboxJson> outbox(@BeanParam PageRequest page) {
        return reminders.outbox(page);
    }

    /** Sends now the reminders that are due today and not yet sent; the daily job does the same. */
    @POST
    @Path("/outbox/check")
    @RolesAllowed(Roles.LEAD)
    public Map<String, Integer> check() {
        return Map.of("sent", job.sendDue());
    }
}
