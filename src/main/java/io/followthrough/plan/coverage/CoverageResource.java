package io.followthrough.plan.coverage;

import io.followthrough.plan.action.ActionJson;
import io.followthrough.platform.Responses;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class CoverageResource {

    private final CoverageService coverage;

    public CoverageResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @Path("/plans/{id}/coverage")
    public Coverage coverage(@RestPath long id) {
        return coverage.coverage(id);
    }

    /** Creates an action answering the finding, with its title, theme and link taken from the finding. */
    @POST
    @Path("/plans/{id}/actions/from-finding/{findingId}")
    @RolesAllowed(Roles.LEAD)
    public Response createFrom(@RestPath long id, @RestPath long findingId, UriInfo uri) {
        ActionJson action = coverage.createFrom(id, findingId);
        return Responses.created(uri, "/api/actions/" + action.id(), action);
    }

    /** Records this plan's decision that the area needs no action, with the reason; other plans are not affected. */
    @POST
    @Path("/plans/{id}/findings/{findingId}/no-action")
    @RolesAllowed(Roles.LEAD)
    public AreaCoverage noAction(@RestPath long id, @RestPath long findingId, @Valid @NotNull NoActionInput input) {
        return coverage.markNoAction(id, findingId, input);
    }

    /** Withdraws the decision; a plan ready for endorsement goes back to draft if the area is now unanswered. */
    @DELETE
    @Path("/plans/{id}/findings/{findingId}/no-action")
    @RolesAllowed(Roles.LEAD)
    public AreaCoverage withdrawNoAction(@RestPath long id, @RestPath long findingId) {
        return coverage.withdrawNoAction(id, findingId);
    }

    /** Marks the plan ready for endorsement; 409 while any area for consideration is unanswered. */
    @POST
    @Path("/plans/{id}/ready")
    @RolesAllowed(Roles.LEAD)
    public Coverage ready(@RestPath long id) {
        return coverage.markReady(id);
    }
}
