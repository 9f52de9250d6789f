package io.followthrough.plan.leaving;

import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/people/{id}/leaving")
@RolesAllowed(Roles.LEAD)
public class LeavingResource {

    private final LeavingService leaving;

    public LeavingResource(LeavingService leaving) {
        this.leaving = leaving;
    }

    /** Marks the person as left and passes each of their actions to the new lead(s); only the plan lead may. */
    @POST
    public LeavingJson leave(@RestPath long id, LeavingInput input) {
        return leaving.leave(id, (input == null ? new LeavingInput(null) : input).toReassignment());
    }
}
