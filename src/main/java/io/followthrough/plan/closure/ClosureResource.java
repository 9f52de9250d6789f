package io.followthrough.plan.closure;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/plans/{id}/closure")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ClosureResource {

    private final ClosureService closures;

    public ClosureResource(ClosureService closures) {
        this.closures = closures;
    }

    /** How the plan was closed; 404 while it is open. */
    @GET
    public ClosureJson get(@RestPath long id) {
        return closures.find(id).orElseThrow(() -> new NotFoundException("The plan " + id + " is not closed."));
    }

    /**
     * Closes an endorsed plan whose every action is complete or deferred with a reason; the refusal names each action
     * that is not, under {@code actions}. Only the plan lead may.
     */
    @POST
    @RolesAllowed(Roles.LEAD)
    public ClosureJson close(@RestPath long id, @Valid @NotNull ClosureInput input) {
        return closures.close(id, input);
    }
}
