package io.followthrough.review.importing;

import jakarta.ws.rs.BeanParam;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.Problem;
import io.followthrough.platform.Responses;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.Uploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** Review import: upload a document, correct its draft, confirm it as a review. Plan leads only. */
@Path("/api")
@RolesAllowed(Roles.LEAD)
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @GET
    @Path("/imports")
    public PageOf<ImportDraftJson> drafts(@BeanParam PageRequest page) {
        return imports.drafts(page);
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, UriInfo uri) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            throw new InvalidInputException("file", "Choose the review document to import");
        }
        ImportDraftJson draft = imports.upload(file.fileName(), Uploads.bytes(file));
        return Responses.created(uri, "/api/imports/" + draft.id(), draft);
    }

    @GET
    @Path("/imports/{id}")
    public ImportDraftJson get(@RestPath long id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    @PUT
    @Path("/imports/{id}")
    public ImportDraftJson save(@RestPath long id, @NotNull ImportDraftJson corrected) {
        return imports.save(id, corrected);
    }

    /** Creates the review; answers 201 with its id and address. */
    @POST
    @Path("/imports/{id}/confirm")
    public Response confirm(@RestPath long id, UriInfo uri) {
        long reviewId = imports.confirm(id);
        return Responses.created(uri, "/api/reviews/" + reviewId, Map.of("reviewId", reviewId));
    }

    @DELETE
    @Path("/imports/{id}")
    public Response discard(@RestPath long id) {
        imports.discard(id);
        return Response.noContent().build();
    }

    /** A file too big is 413 and a kind of file we do not read is 415; every other refusal is a plain 400. */
    @ServerExceptionMapper
    public Response refused(ImportRefusedException e) {
        int status = switch (e.reason()) {
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            default -> 400;
        };
        Problem invalid = Problem.invalid(e.errors());
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(invalid.type(), invalid.title(), status, invalid.detail(), invalid.errors())).build();
    }
}
