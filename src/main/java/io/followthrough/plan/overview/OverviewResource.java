package io.followthrough.plan.overview;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class OverviewResource {

    static final String NOT_LINKED = "Your sign-in is not linked to a person in Followthrough, so no actions are "
            + "yours yet. Ask the plan lead to add your sign-in name to your entry in People.";

    private final OverviewService overview;

    public OverviewResource(OverviewService overview) {
        this.overview = overview;
    }

    @GET
    @Path("/plans/{id}/exceptions")
    public List<ExceptionJson> exceptions(@RestPath long id) {
        return overview.exceptions(id);
    }

    @GET
    @Path("/plans/{id}/themes/summary")
    public List<ThemeSummaryJson> themes(@RestPath long id) {
        return overview.themes(id);
    }

    @GET
    @Path("/plans/{id}/partners/summary")
    public List<PartnerSummaryJson> partners(@RestPath long id) {
        return overview.partners(id);
    }

    /** The signed-in officer's own actions. */
    @GET
    @Path("/me/actions")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public MyActionsJson mine() {
        return overview.mine().orElseThrow(() -> new NotFoundException(NOT_LINKED));
    }
}
