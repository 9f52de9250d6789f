package io.followthrough.plan.document;

import io.followthrough.plan.document.PlanDocuments.Format;
import io.followthrough.platform.pdf.WordRenderer;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** The action plan document as a download: PDF, Word or Excel. Councillors may read it once the plan is endorsed. */
@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class PlanDocumentResource {

    private final PlanDocumentService documents;

    public PlanDocumentResource(PlanDocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("/plans/{id}/document.pdf")
    @Produces(PlanDocuments.PDF)
    public Response pdf(@RestPath long id) {
        return download(documents.file(id, Format.PDF));
    }

    @GET
    @Path("/plans/{id}/document.docx")
    @Produces(WordRenderer.MEDIA_TYPE)
    public Response docx(@RestPath long id) {
        return download(documents.file(id, Format.DOCX));
    }

    @GET
    @Path("/plans/{id}/document.xlsx")
    @Produces(PlanDocuments.XLSX)
    public Response xlsx(@RestPath long id) {
        return download(documents.file(id, Format.XLSX));
    }

    private static Response download(PlanDocumentFile file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}
