package io.followthrough.term;

import jakarta.ws.rs.BeanParam;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.InvalidInputException;
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
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class TermResource {

    private final TermService terms;

    public TermResource(TermService terms) {
        this.terms = terms;
    }

    /** All recorded terms, or with {@code ?year=2026-27} that year's three terms (made from the default calendar). */
    @GET
    @Path("/terms")
    public PageOf<TermJson> list(@RestQuery String year, @BeanParam PageRequest page) {
        if (year == null || year.isBlank()) {
            return terms.all(page);
        }
        List<TermJson> ofYear = terms.ofYear(AcademicYear.parse(year)
                .orElseThrow(() -> new InvalidInputException("year", "Give the academic year like 2026-27")));
        page.toPanache();
        // A year has three terms: one page, whatever size was asked for.
        return new PageOf<>(ofYear, 0, ofYear.size(), ofYear.size(), 1);
    }

    @GET
    @Path("/terms/{id}")
    public TermJson get(@RestPath long id) {
        return terms.find(id).orElseThrow(() -> new NotFoundException("term", id));
    }

    @POST
    @Path("/terms")
    @RolesAllowed(Roles.LEAD)
    public Response create(@Valid @NotNull TermInput input, UriInfo uri) {
        TermJson term = terms.create(input);
        return Responses.created(uri, "/api/terms/" + term.id(), term);
    }

    @PUT
    @Path("/terms/{id}")
    @RolesAllowed(Roles.LEAD)
    public TermJson update(@RestPath long id, @Valid @NotNull TermInput input) {
        return terms.update(id, input);
    }
}
