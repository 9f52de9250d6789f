package io.followthrough.plan.carryforward;

import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/plans/{id}/carry-forward")
@RolesAllowed(Roles.LEAD)
public class CarryForwardResource {

    private final CarryForwardService carryForward;

    public CarryForwardResource(CarryForwardService carryForward) {
        this.carryForward = carryForward;
    }

    /**
     * Copies each chosen unfinished action into the other plan as a new action, linked both ways; only the plan lead
     * may. Refusals name {@code actionIds} or {@code toPlanId}.
     */
    @POST
    public CarryForwardJson carry(@RestPath long id, @NotNull CarryForwardInput input) {
        return carryForward.carry(id, input);
    }
}
