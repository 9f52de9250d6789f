package io.followthrough.plan.action;

import io.followthrough.platform.AuditJson;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ActionResource {

    private final ActionService actions;

    public ActionResource(ActionService actions) {
        this.actions = actions;
    }

    @GET
    @Path("/actions/{id}")
    public ActionJson get(@RestPath long id) {
        return actions.find(id).orElseThrow(() -> new NotFoundException("action", id));
    }

    /** Replaces the action's fields. A stale {@code version} answers 409 and changes nothing. */
    @PUT
    @Path("/actions/{id}")
    @RolesAllowed(Roles.LEAD)
    public ActionJson update(@RestPath long id, @Valid @NotNull ActionInput input) {
        return actions.update(id, input);
    }

    /** Who changed what on this action, and when. */
    @GET
    @Path("/actions/{id}/audit")
    @RolesAllowed({Roles.LEAD, Roles.SLT})
    public List<AuditJson> audit(@RestPath long id) {
        return actions.audit(id);
    }
}
