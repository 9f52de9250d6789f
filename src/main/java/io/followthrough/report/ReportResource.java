package io.followthrough.report;

import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.Responses;
import io.followthrough.platform.pdf.WordRenderer;
import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;

/** Committee reports: drafts the plan lead writes and SLT members and officers read. */
@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
public class ReportResource {

    private final ReportService reports;
    private final ReportDocuments documents;
    private final ReportPublishing publishing;

    public ReportResource(ReportService reports, ReportDocuments documents, ReportPublishing publishing) {
        this.reports = reports;
        this.documents = documents;
        this.publishing = publishing;
    }

    /** Creates a draft with everything the plan and its review already say. */
    @POST
    @Path("/plans/{id}/reports")
    @RolesAllowed(Roles.LEAD)
    public Response create(@RestPath long id, @Valid @NotNull NewReportInput input, UriInfo uri) {
        ReportJson report = reports.create(id, input);
        return Responses.created(uri, "/api/reports/" + report.id(), report);
    }

    /** The plan's reports; councillors see them once published, through their versions. */
    @GET
    @Path("/plans/{id}/reports")
    public java.util.List<ReportJson> ofPlan(@RestPath long id) {
        return reports.ofPlan(id);
    }

    @GET
    @Path("/reports/{id}")
    public ReportJson get(@RestPath long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    /** Replaces the front: presenters, what the report is for, the Strategic Plan contribution, papers and contact. */
    @PUT
    @Path("/reports/{id}/front")
    @RolesAllowed(Roles.LEAD)
    public ReportJson front(@RestPath long id, @Valid @NotNull FrontInput input) {
        return reports.updateFront(id, input);
    }

    @PUT
    @Path("/reports/{id}/sections/{key}")
    @RolesAllowed(Roles.LEAD)
    public ReportJson section(@RestPath long id, @RestPath String key, @Valid @NotNull SectionInput input) {
        return reports.updateSection(id, key, input);
    }

    @GET
    @Path("/reports/{id}/preview.html")
    @Produces("text/html;charset=UTF-8")
    public String preview(@RestPath long id) {
        return documents.html(id);
    }

    @GET
    @Path("/reports/{id}/preview.pdf")
    @Produces("application/pdf")
    public Response pdf(@RestPath long id) {
        return Response.ok(documents.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"report-" + id + ".pdf\"").build();
    }

    @GET
    @Path("/reports/{id}/preview.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response word(@RestPath long id) {
        return Response.ok(documents.docx(id), WordRenderer.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"report-" + id + ".docx\"").build();
    }

    /** What the publication guard finds: text that looks like a child's personal data. */
    @GET
    @Path("/reports/{id}/guard")
    public java.util.List<GuardFinding> guard(@RestPath long id) {
        return publishing.guard(id);
    }

    /** Freezes a version; refused (400, each blocked item named) while the guard finds anything not overridden. */
    @POST
    @Path("/reports/{id}/publish")
    @RolesAllowed(Roles.LEAD)
    public Response publish(@RestPath long id, PublishInput input, UriInfo uri) {
        VersionJson version = publishing.publish(id, input);
        return Responses.created(uri, version.pdf(), version);
    }

    @GET
    @Path("/reports/{id}/versions")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
    public java.util.List<VersionJson> versions(@RestPath long id) {
        return publishing.versions(id);
    }

    @GET
    @Path("/reports/{id}/versions/{number}.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
    public Response versionPdf(@RestPath long id, @RestPath int number) {
        return download(publishing.file(id, number, false));
    }

    @GET
    @Path("/reports/{id}/versions/{number}.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
    public Response versionDocx(@RestPath long id, @RestPath int number) {
        return download(publishing.file(id, number, true));
    }

    private static Response download(ReportPublishing.File file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
