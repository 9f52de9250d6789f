package io.followthrough.plan.spreadsheet;

import io.followthrough.plan.PlanJson;
import io.followthrough.plan.PlanService;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.followthrough.platform.web.Uploads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

/** Importing an edited plan spreadsheet: upload, a preview of every change and row error, then confirm. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed(Roles.LEAD)
public class SpreadsheetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(PlanJson plan, FormErrors errors);

        static native TemplateInstance preview(PlanJson plan, ImportPreview preview, FormErrors errors);
    }

    private final PlanSpreadsheetService spreadsheets;
    private final PlanService plans;

    public SpreadsheetPages(PlanSpreadsheetService spreadsheets, PlanService plans) {
        this.spreadsheets = spreadsheets;
        this.plans = plans;
    }

    @GET
    @Path("plans/{id}/import")
    public TemplateInstance upload(@RestPath long id) {
        return Templates.upload(plan(id), FormErrors.none());
    }

    @POST
    @Path("plans/{id}/import")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response preview(@RestPath long id, @RestForm("file") FileUpload file) {
        PlanJson plan = plan(id);
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return Html.invalid(Templates.upload(plan, FormErrors.none().add("file", "Choose the spreadsheet to import"))
                    );
        }
        try {
            ImportPreview preview = spreadsheets.preview(id, file.fileName(), Uploads.bytes(file));
            return Html.page(Templates.preview(plan, preview, FormErrors.none()));
        } catch (InvalidInputException e) {
            return Html.invalid(Templates.upload(plan, FormErrors.of(e)));
        }
    }

    @POST
    @Path("plans/{id}/import/{previewId}/confirm")
    public Response confirm(@RestPath long id, @RestPath long previewId) {
        PlanJson plan = plan(id);
        try {
            spreadsheets.confirm(id, previewId);
            return Html.seeOther("/plans/" + id, Notice.SPREADSHEET_IMPORTED);
        } catch (ConflictException | InvalidInputException e) {
            return Html.conflict(Templates.upload(plan, FormErrors.none().add("file", e.getMessage())));
        }
    }

    private PlanJson plan(long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}
