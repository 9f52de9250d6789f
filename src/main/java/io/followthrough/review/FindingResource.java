package io.followthrough.review;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;


@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class FindingResource {

    private final ReviewService reviews;

    public FindingResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/findings/{id}")
    public ReviewJson.FindingJson finding(@RestPath long id) {
        return reviews.findFinding(id).orElseThrow(() -> new NotFoundException("finding", id));
    }

    @PUT
    @Path("/findings/{id}")
    @RolesAllowed(Roles.LEAD)
    public ReviewJson.FindingJson updateFinding(@RestPath long id, @Valid @NotNull FindingInput input) {
        return reviews.updateFinding(id, input);
    }
}
