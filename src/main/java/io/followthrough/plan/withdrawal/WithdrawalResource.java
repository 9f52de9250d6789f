package io.followthrough.plan.withdrawal;

import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

@Path("/api")
@RolesAllowed(Roles.LEAD)
public class WithdrawalResource {

    private final WithdrawalService withdrawals;

    public WithdrawalResource(WithdrawalService withdrawals) {
        this.withdrawals = withdrawals;
    }

    /**
     * Withdraws the action with a reason; only the plan lead may. A complete or already withdrawn action answers 409.
     */
    @POST
    @Path("/actions/{id}/withdrawal")
    public WithdrawalJson withdraw(@RestPath long id, @Valid @NotNull WithdrawalInput input) {
        return withdrawals.withdraw(id, input);
    }

    /** The plan's withdrawn actions, most recently withdrawn first. */
    @GET
    @Path("/plans/{id}/withdrawn-actions")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public List<WithdrawnAction> withdrawn(@RestPath long id) {
        return withdrawals.withdrawn(id);
    }
}
