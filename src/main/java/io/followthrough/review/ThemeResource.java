package io.followthrough.review;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.Responses;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;


@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ThemeResource {

    private final ReviewService reviews;

    public ThemeResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/themes/{id}")
    public ReviewJson.ThemeJson theme(@RestPath long id) {
        return reviews.findTheme(id).orElseThrow(() -> new NotFoundException("theme", id));
    }

    @PUT
    @Path("/themes/{id}")
    @RolesAllowed(Roles.LEAD)
    public ReviewJson.ThemeJson updateTheme(@RestPath long id, @Valid @NotNull ThemeInput input) {
        return reviews.updateTheme(id, input);
    }

    @POST
    @Path("/themes/{id}/findings")
    @RolesAllowed(Roles.LEAD)
    public Response addFinding(@RestPath long id, @Valid @NotNull FindingInput input, UriInfo uri) {
        ReviewJson.FindingJson finding = reviews.addFinding(id, input);
        return Responses.created(uri, "/api/findings/" + finding.id(), finding);
    }
}
