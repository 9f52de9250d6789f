package io.followthrough.plan.action;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The actions of one plan. */
@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class PlanActionResource {

    private final ActionService actions;

    public PlanActionResource(ActionService actions) {
        this.actions = actions;
    }

    @GET
    @Path("/plans/{planId}/actions")
    public PageOf<ActionJson> list(@RestPath long planId, @RestQuery Long theme, @RestQuery ActionStatus status,
                                   @RestQuery Rag rag, @RestQuery Long lead, @RestQuery Boolean overdue,
                                   @BeanParam PageRequest page) {
        return actions.list(planId, new ActionFilter(theme, status, rag, lead, overdue), page);
    }

    @POST
    @Path("/plans/{planId}/actions")
    @RolesAllowed(Roles.LEAD)
    public Response create(@RestPath long planId, @Valid @NotNull ActionInput input, UriInfo uri) {
        ActionJson action = actions.create(planId, input);
        return Responses.created(uri, "/api/actions/" + action.id(), action);
    }
}
