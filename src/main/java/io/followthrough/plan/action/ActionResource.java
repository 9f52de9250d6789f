package io.followthrough.plan.action;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.Responses;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/actions")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ActionResource {

    private final ActionService actions;

    public ActionResource(ActionService actions) {
        this.actions = actions;
    }

    @GET
    @Path("/{id}")
    public ActionJson get(@RestPath long id) {
        return actions.find(id).orElseThrow(() -> new NotFoundException("action", id));
    }

    /** Replaces the action's fields. A stale {@code version} answers 409 and changes nothing. */
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.LEAD)
    public ActionJson update(@RestPath long id, @Valid @NotNull ActionInput input) {
        return actions.update(id, input);
    }

    @GET
    @Path("/{id}/updates")
    public PageOf<ProgressUpdateJson> updates(@RestPath long id, @BeanParam PageRequest page) {
        return actions.updates(id, page);
    }

    /** Appends a progress update; it also moves the action's status and RAG. Updates are never edited or deleted. */
    @POST
    @Path("/{id}/updates")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER})
    public Response addUpdate(@RestPath long id, @Valid @NotNull ProgressUpdateInput input, UriInfo uri) {
        ProgressUpdateJson update = actions.addUpdate(id, input);
        return Responses.created(uri, "/api/actions/" + id + "/updates/" + update.id(), update);
    }

    @GET
    @Path("/{id}/updates/{updateId}")
    public ProgressUpdateJson update(@RestPath long id, @RestPath long updateId) {
        return actions.findUpdate(id, updateId).orElseThrow(() -> new NotFoundException("update", updateId));
    }
}
