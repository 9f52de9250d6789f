package io.followthrough.plan.action;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.Responses;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.PartType;

import java.util.List;

/** Progress updates of an action, and their evidence. Updates are appended; no route edits or deletes one. */
@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ProgressResource {

    private final ProgressService progress;

    public ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Path("/actions/{id}/updates")
    public PageOf<ProgressUpdateJson> updates(@RestPath long id, @BeanParam PageRequest page) {
        return progress.updates(id, page);
    }

    @GET
    @Path("/actions/{id}/updates/{updateId}")
    public ProgressUpdateJson update(@RestPath long id, @RestPath long updateId) {
        return progress.find(id, updateId).orElseThrow(() -> new NotFoundException("update", updateId));
    }

    /** Appends a progress update; it also moves the action's status and RAG. */
    @POST
    @Path("/actions/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEAD, Roles.OFFICER})
    public Response add(@RestPath long id, @Valid @NotNull ProgressUpdateInput input, UriInfo uri) {
        return created(uri, id, progress.add(id, input));
    }

    /** The same, with evidence files (10 MB each): the update as JSON in part {@code update}, files in {@code files}. */
    @POST
    @Path("/actions/{id}/updates")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.LEAD, Roles.OFFICER})
    public Response addWithEvidence(@RestPath long id,
                                    @RestForm("update") @PartType(MediaType.APPLICATION_JSON) @Valid @NotNull ProgressUpdateInput input,
                                    @RestForm("files") List<FileUpload> files, UriInfo uri) {
        return created(uri, id, progress.add(id, input, EvidenceUpload.from(files)));
    }

    @GET
    @Path("/evidence/{id}")
    public Response evidence(@RestPath long id) {
        ProgressService.EvidenceDownload file = progress.download(id);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static Response created(UriInfo uri, long actionId, ProgressUpdateJson update) {
        return Responses.created(uri, "/api/actions/" + actionId + "/updates/" + update.id(), update);
    }
}
