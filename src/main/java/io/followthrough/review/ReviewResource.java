package io.followthrough.review;

import jakarta.ws.rs.BeanParam;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.PageOf;
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
public class ReviewResource {

    private final ReviewService reviews;

    public ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/reviews")
    public PageOf<ReviewJson> list(@BeanParam PageRequest page) {
        return reviews.list(page);
    }

    @GET
    @Path("/reviews/{id}")
    public ReviewJson get(@RestPath long id) {
        return reviews.find(id).orElseThrow(() -> new NotFoundException("review", id));
    }

    @POST
    @Path("/reviews")
    @RolesAllowed(Roles.LEAD)
    public Response create(@Valid @NotNull ReviewInput input, UriInfo uri) {
        ReviewJson review = reviews.create(input);
        return Responses.created(uri, "/api/reviews/" + review.id(), review);
    }

    @PUT
    @Path("/reviews/{id}")
    @RolesAllowed(Roles.LEAD)
    public ReviewJson update(@RestPath long id, @Valid @NotNull ReviewInput input) {
        return reviews.update(id, input);
    }

    @POST
    @Path("/reviews/{id}/themes")
    @RolesAllowed(Roles.LEAD)
    public Response addTheme(@RestPath long id, @Valid @NotNull ThemeInput input, UriInfo uri) {
        ReviewJson.ThemeJson theme = reviews.addTheme(id, input);
        return Responses.created(uri, "/api/themes/" + theme.id(), theme);
    }

    /** The document the review was imported from, as it was uploaded. */
    @GET
    @Path("/reviews/{id}/document")
    @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.WILDCARD)
    public Response document(@RestPath long id) {
        ReviewService.Document document = reviews.document(id)
                .orElseThrow(() -> new NotFoundException("The review " + id + " has no original document."));
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
