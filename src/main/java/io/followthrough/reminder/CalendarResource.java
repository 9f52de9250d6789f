package io.followthrough.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A person's calendar feed. Calendar programs cannot sign in, so the address itself is the secret: a random token
 * that only its owner sees, on their reminders page, and can replace there.
 */
@Path("/calendar")
public class CalendarResource {

    private final CalendarFeed feeds;

    public CalendarResource(CalendarFeed feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{token}.ics")
    @PermitAll
    public Response feed(@RestPath String token) {
        return feeds.of(token)
                .map(ics -> Response.ok(ics, "text/calendar; charset=utf-8")
                        .header("Cache-Control", "private, no-store")
                        .header("Content-Disposition", "inline; filename=\"followthrough.ics\"").build())
                .orElseThrow(() -> new io.followthrough.platform.NotFoundException(
                        "There is no calendar at this address. Copy the current address from your reminders page."));
    }
}
