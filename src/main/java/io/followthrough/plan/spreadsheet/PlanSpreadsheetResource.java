package io.followthrough.plan.spreadsheet;

import io.followthrough.plan.action.ActionJson;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.Uploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class PlanSpreadsheetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanSpreadsheetService spreadsheets;

    public PlanSpreadsheetResource(PlanSpreadsheetService spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("/plans/{id}/export.xlsx")
    @Produces(XLSX)
    public Response xlsx(@RestPath long id) {
        PlanSpreadsheetService.Export export = spreadsheets.export(id);
        return download(PlanSheets.xlsx(export.title(), export.rows()), XLSX, export.fileName() + ".xlsx");
    }

    @GET
    @Path("/plans/{id}/export.csv")
    @Produces("text/csv")
    public Response csv(@RestPath long id) {
        PlanSpreadsheetService.Export export = spreadsheets.export(id);
        return download(PlanSheets.csv(export.rows()), "text/csv; charset=UTF-8", export.fileName() + ".csv");
    }

    /** Reads an edited plan spreadsheet (XLSX or CSV) and answers what importing it would change; writes nothing. */
    @POST
    @Path("/plans/{id}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.LEAD)
    public ImportPreview preview(@RestPath long id, @RestForm("file") FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            throw new InvalidInputException("file", "Choose the spreadsheet to import");
        }
        return spreadsheets.preview(id, file.fileName(), Uploads.bytes(file));
    }

    @POST
    @Path("/plans/{id}/import/{previewId}/confirm")
    @RolesAllowed(Roles.LEAD)
    public List<ActionJson> confirm(@RestPath long id, @RestPath long previewId) {
        return spreadsheets.confirm(id, previewId);
    }

    private static Response download(byte[] content, String type, String fileName) {
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
