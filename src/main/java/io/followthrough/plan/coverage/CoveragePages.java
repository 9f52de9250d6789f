package io.followthrough.plan.coverage;

import io.followthrough.plan.PlanJson;
import io.followthrough.plan.PlanService;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Which areas for consideration a plan answers, and the lead's ways to answer the rest. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class CoveragePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(PlanJson plan, Coverage coverage, FormErrors errors);

        static native TemplateInstance noAction(PlanJson plan, AreaCoverage area, String reason, FormErrors errors);
    }

    private final CoverageService coverage;
    private final PlanService plans;

    public CoveragePages(CoverageService coverage, PlanService plans) {
        this.coverage = coverage;
        this.plans = plans;
    }

    @GET
    @Path("plans/{id}/coverage")
    public TemplateInstance coverage(@RestPath long id) {
        return Templates.coverage(plan(id), coverage.coverage(id), FormErrors.none());
    }

    @POST
    @Path("plans/{id}/ready")
    @RolesAllowed(Roles.LEAD)
    public Response ready(@RestPath long id) {
        PlanJson plan = plan(id);
        try {
            coverage.markReady(id);
            return Html.seeOther("/plans/" + id);
        } catch (ConflictException e) {
            return Html.conflict(Templates.coverage(plan, coverage.coverage(id),
                    FormErrors.none().add("uncovered", e.getMessage())));
        }
    }

    @GET
    @Path("plans/{id}/findings/{findingId}/no-action")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance noActionForm(@RestPath long id, @RestPath long findingId) {
        return Templates.noAction(plan(id), area(id, findingId), "", FormErrors.none());
    }

    @POST
    @Path("plans/{id}/findings/{findingId}/no-action")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response noAction(@RestPath long id, @RestPath long findingId, @RestForm String reason) {
        PlanJson plan = plan(id);
        AreaCoverage area = area(id, findingId);
        try {
            coverage.markNoAction(id, findingId, new NoActionInput(reason));
            return Html.seeOther("/plans/" + id + "/coverage", Notice.NO_ACTION_SAVED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.noAction(plan, area, reason, FormErrors.of(e)));
        }
    }

    @POST
    @Path("plans/{id}/findings/{findingId}/no-action/withdraw")
    @RolesAllowed(Roles.LEAD)
    public Response withdrawNoAction(@RestPath long id, @RestPath long findingId) {
        plan(id);
        coverage.withdrawNoAction(id, findingId);
        return Html.seeOther("/plans/" + id + "/coverage#area-" + findingId, Notice.NO_ACTION_WITHDRAWN);
    }

    private PlanJson plan(long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private AreaCoverage area(long planId, long findingId) {
        return coverage.coverage(planId).areas().stream().filter(a -> a.findingId() == findingId).findFirst()
                .orElseThrow(() -> new NotFoundException("area for consideration of this plan", findingId));
    }
}
