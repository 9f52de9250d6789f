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

import static io.followthrough.platform.QueryParams.booleanOf;
import static io.followthrough.platform.QueryParams.enumOf;
import static io.followthrough.platform.QueryParams.longOf;

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
    public PageOf<ActionJson> list(@RestPath long planId, @RestQuery String theme, @RestQuery String status,
                                   @RestQuery String rag, @RestQuery String lead, @RestQuery String overdue,
                                   @RestQuery String partner, @RestQuery String term, @RestQuery String reprogrammed,
                                   @RestQuery String sort, @BeanParam PageRequest page) {
        ActionFilter filter = new ActionFilter(longOf(theme, "theme"), enumOf(ActionStatus.class, status, "status"),
                enumOf(Rag.class, rag, "rag"), longOf(lead, "lead"), booleanOf(overdue, "overdue"),
                longOf(partner, "partner"), longOf(term, "term"), booleanOf(reprogrammed, "reprogrammed"),
                enumOf(ActionSort.class, sort, "sort"));
        return actions.list(planId, filter, page);
    }

    @POST
    @Path("/plans/{planId}/actions")
    @RolesAllowed(Roles.LEAD)
    public Response create(@RestPath long planId, @Valid @NotNull ActionInput input, UriInfo uri) {
        ActionJson action = actions.create(planId, input);
        return Responses.created(uri, "/api/actions/" + action.id(), action);
    }
}
