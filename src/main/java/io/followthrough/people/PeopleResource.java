package io.followthrough.people;

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
public class PeopleResource {

    private final PeopleService people;

    public PeopleResource(PeopleService people) {
        this.people = people;
    }

    @GET
    @Path("/people")
    public PageOf<PersonJson> list(@BeanParam PageRequest page) {
        return people.list(page);
    }

    @GET
    @Path("/people/{id}")
    public PersonJson get(@RestPath long id) {
        return people.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    @POST
    @Path("/people")
    @RolesAllowed(Roles.LEAD)
    public Response create(@Valid @NotNull PersonInput input, UriInfo uri) {
        PersonJson person = people.create(input);
        return Responses.created(uri, "/api/people/" + person.id(), person);
    }

    @PUT
    @Path("/people/{id}")
    @RolesAllowed(Roles.LEAD)
    public PersonJson update(@RestPath long id, @Valid @NotNull PersonInput input) {
        return people.update(id, input);
    }
}
