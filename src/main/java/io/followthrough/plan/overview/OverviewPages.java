package io.followthrough.plan.overview;

import io.followthrough.plan.PlanJson;
import io.followthrough.plan.PlanService;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.Html;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** The views that hold a plan to account, and each officer's own list. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class OverviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exceptions(PlanJson plan, List<ExceptionJson> exceptions);

        static native TemplateInstance themes(PlanJson plan, List<ThemeSummaryJson> themes, RawString chart);

        static native TemplateInstance partners(PlanJson plan, List<PartnerSummaryJson> partners);

        static native TemplateInstance mine(MyActionsJson mine, String notLinked);
    }

    private final OverviewService overview;
    private final PlanService plans;

    public OverviewPages(OverviewService overview, PlanService plans) {
        this.overview = overview;
        this.plans = plans;
    }

    @GET
    @Path("plans/{id}/exceptions")
    public TemplateInstance exceptions(@RestPath long id) {
        return Templates.exceptions(plan(id), overview.exceptions(id));
    }

    @GET
    @Path("plans/{id}/themes")
    public TemplateInstance themes(@RestPath long id) {
        PlanJson plan = plan(id);
        List<ThemeSummaryJson> themes = overview.themes(id);
        RawString chart = new RawString(ThemeChart.svg(themes, "Actions of " + plan.title() + " by theme"));
        return Templates.themes(plan, themes, chart);
    }

    @GET
    @Path("plans/{id}/partners")
    public TemplateInstance partners(@RestPath long id) {
        return Templates.partners(plan(id), overview.partners(id));
    }

    @GET
    @Path("my-actions")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public TemplateInstance mine() {
        return Templates.mine(overview.mine().orElse(null), OverviewResource.NOT_LINKED);
    }

    private PlanJson plan(long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}
