package io.followthrough.plan.datechange;

import io.followthrough.platform.Responses;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class DateChangeResource {

    private final DateChangeService changes;

    public DateChangeResource(DateChangeService changes) {
        this.changes = changes;
    }

    @GET
    @Path("/actions/{id}/date-changes")
    public List<DateChangeJson> ofAction(@RestPath long id) {
        return changes.ofAction(id);
    }

    /** Asks the plan lead to move the action's target date. */
    @POST
    @Path("/actions/{id}/date-changes")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER})
    public Response request(@RestPath long id, @Valid @NotNull DateChangeInput input, UriInfo uri) {
        DateChangeJson change = changes.request(id, input);
        return Responses.created(uri, "/api/actions/" + id + "/date-changes", change);
    }

    /** The plan lead approves (the date moves; the action is reprogrammed) or refuses, with a comment. */
    @POST
    @Path("/date-changes/{id}/decision")
    @RolesAllowed(Roles.LEAD)
    public DateChangeJson decide(@RestPath long id, @Valid @NotNull DecisionInput input) {
        return changes.decide(id, input);
    }
}
