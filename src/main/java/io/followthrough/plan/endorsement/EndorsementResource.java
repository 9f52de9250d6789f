package io.followthrough.plan.endorsement;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/plans/{id}/endorsement")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class EndorsementResource {

    private final EndorsementService endorsements;

    public EndorsementResource(EndorsementService endorsements) {
        this.endorsements = endorsements;
    }

    /** The decision that endorsed the plan; 404 while it has none. */
    @GET
    public EndorsementJson get(@RestPath long id) {
        return endorsements.find(id).orElseThrow(() -> new NotFoundException("The plan " + id + " is not endorsed."));
    }

    /** Records the body's decision: the plan must be ready for endorsement; only the plan lead may. */
    @POST
    @RolesAllowed(Roles.LEAD)
    public EndorsementJson endorse(@RestPath long id, @Valid @NotNull EndorsementInput input) {
        return endorsements.endorse(id, input);
    }
}
