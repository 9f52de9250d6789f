package io.followthrough.home;

import io.followthrough.platform.security.CurrentUser;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.Html;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The home page. A councillor's front door: the committee reports and termly reviews published for members, newest
 * first, then the plans. Everyone else sees the plans first, and what has been published below them.
 */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class HomePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeService.HomeView view, boolean councillor);
    }

    private final HomeService home;
    private final CurrentUser user;

    public HomePages(HomeService home, CurrentUser user) {
        this.home = home;
        this.user = user;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(home.view(), user.isCouncillorOnly());
    }
}
