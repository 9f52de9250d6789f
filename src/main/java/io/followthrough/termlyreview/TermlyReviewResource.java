package io.followthrough.termlyreview;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

@Path("/api")
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class TermlyReviewResource {

    private final TermlyReviewService reviews;
    private final TermlyReviewDocuments documents;

    public TermlyReviewResource(TermlyReviewService reviews, TermlyReviewDocuments documents) {
        this.reviews = reviews;
        this.documents = documents;
    }

    @GET
    @Path("/plans/{id}/termly-reviews")
    public List<TermlyReviewJson> ofPlan(@RestPath long id) {
        return reviews.ofPlan(id);
    }

    @POST
    @Path("/plans/{id}/termly-reviews")
    @RolesAllowed(Roles.LEAD)
    public Response schedule(@RestPath long id, @Valid @NotNull ScheduleInput input, UriInfo uri) {
        TermlyReviewJson review = reviews.schedule(id, input);
        return Responses.created(uri, "/api/termly-reviews/" + review.id(), review);
    }

    @GET
    @Path("/termly-reviews/{id}")
    public TermlyReviewJson get(@RestPath long id) {
        return reviews.find(id).orElseThrow(() -> new NotFoundException("termly review", id));
    }

    @GET
    @Path("/termly-reviews/{id}/pack")
    @RolesAllowed({Roles.LEAD, Roles.SLT, Roles.OFFICER, Roles.COUNCILLOR})
    public Pack pack(@RestPath long id) {
        return reviews.pack(id);
    }

    /** Records what the meeting agreed about an action; saves as it is made. */
    @PUT
    @Path("/termly-reviews/{id}/entries/{actionId}")
    @RolesAllowed({Roles.SLT, Roles.LEAD})
    public TermlyReviewJson.EntryJson record(@RestPath long id, @RestPath long actionId, @NotNull EntryInput input) {
        return reviews.record(id, actionId, input);
    }

    @POST
    @Path("/termly-reviews/{id}/sign-off")
    @RolesAllowed({Roles.SLT, Roles.LEAD})
    public TermlyReviewJson signOff(@RestPath long id) {
        return reviews.signOff(id);
    }

    @POST
    @Path("/termly-reviews/{id}/amendments")
    @RolesAllowed(Roles.LEAD)
    public Response amend(@RestPath long id, @Valid @NotNull AmendmentInput input, UriInfo uri) {
        TermlyReviewJson amended = reviews.amend(id, input);
        return Responses.created(uri, "/api/termly-reviews/" + amended.id(), amended);
    }

    @GET
    @Path("/termly-reviews/{id}/summary")
    public Summary summary(@RestPath long id) {
        return reviews.summary(id);
    }

    /** The review pack as an accessible PDF (tagged, fonts embedded; PDF/UA-1). */
    @GET
    @Path("/termly-reviews/{id}/pack.pdf")
    @Produces("application/pdf")
    public Response packPdf(@RestPath long id) {
        return pdf(documents.packPdf(id), "review-pack-" + id + ".pdf");
    }

    /** A printable sheet with blank spaces for the RAG the meeting agrees, its challenge and its decisions. */
    @GET
    @Path("/termly-reviews/{id}/record-sheet.pdf")
    @Produces("application/pdf")
    public Response recordSheetPdf(@RestPath long id) {
        return pdf(documents.recordSheetPdf(id), "record-sheet-" + id + ".pdf");
    }

    @GET
    @Path("/termly-reviews/{id}/summary.pdf")
    @Produces("application/pdf")
    public Response summaryPdf(@RestPath long id) {
        return pdf(documents.summaryPdf(id), "termly-summary-" + id + ".pdf");
    }

    private static Response pdf(byte[] content, String fileName) {
        return Response.ok(content, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

    @GET
    @Path("/plans/{id}/term-trend")
    public TermTrend trend(@RestPath long id) {
        return reviews.trend(id);
    }
}
