package io.followthrough.people;

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
public class PartnerResource {

    private final PeopleService people;

    public PartnerResource(PeopleService people) {
        this.people = people;
    }

    @GET
    @Path("/partners")
    public PageOf<PartnerJson> partners(@BeanParam PageRequest page) {
        return people.partners(page);
    }

    @GET
    @Path("/partners/{id}")
    public PartnerJson partner(@RestPath long id) {
        return people.findPartner(id).orElseThrow(() -> new NotFoundException("partner", id));
    }

    @POST
    @Path("/partners")
    @RolesAllowed(Roles.LEAD)
    public Response createPartner(@Valid @NotNull PartnerInput input, UriInfo uri) {
        PartnerJson partner = people.createPartner(input);
        return Responses.created(uri, "/api/partners/" + partner.id(), partner);
    }

    @PUT
    @Path("/partners/{id}")
    @RolesAllowed(Roles.LEAD)
    public PartnerJson updatePartner(@RestPath long id, @Valid @NotNull PartnerInput input) {
        return people.updatePartner(id, input);
    }
}
