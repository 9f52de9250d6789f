package io.followthrough.plan;

import io.followthrough.platform.NotFoundException;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class PlanResource {

    private final PlanService plans;

    public PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Path("/plans")
    public PageOf<PlanJson> list(@BeanParam PageRequest page) {
        return plans.list(page);
    }

    @GET
    @Path("/plans/{id}")
    public PlanJson get(@RestPath long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    @POST
    @Path("/plans")
    @RolesAllowed(Roles.LEAD)
    public Response create(@Valid @NotNull PlanInput input, UriInfo uri) {
        PlanJson plan = plans.create(input);
        return Responses.created(uri, "/api/plans/" + plan.id(), plan);
    }

    @PUT
    @Path("/plans/{id}")
    @RolesAllowed(Roles.LEAD)
    public PlanJson update(@RestPath long id, @Valid @NotNull PlanInput input) {
        return plans.update(id, input);
    }
}
