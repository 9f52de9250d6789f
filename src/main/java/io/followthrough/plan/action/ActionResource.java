package io.followthrough.plan.action;

import io.followthrough.platform.AuditJson;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Optional;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ActionResource {

    private final ActionService actions;

    public ActionResource(ActionService actions) {
        this.actions = actions;
    }

    /** The action; with {@code ?include=updates}, also its most recent progress updates, in the same response. */
    @GET
    @Path("/actions/{id}")
    public ActionJson get(@RestPath long id,
                          @Parameter(description = "updates: embed the action's most recent progress updates"
                                  + " (at most " + ActionJson.EMBEDDED_UPDATES + ", newest first) as \"updates\"")
                          @RestQuery String include) {
        Optional<ActionJson> action;
        if (include == null || include.isBlank()) {
            action = actions.find(id);
        } else if (include.strip().equals("updates")) {
            action = actions.findWithUpdates(id);
        } else {
            throw new InvalidInputException("include", "include can only be updates");
        }
        return action.orElseThrow(() -> new NotFoundException("action", id));
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
