package io.followthrough.plan.leaving;

import io.followthrough.platform.ConflictException;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** The plan lead records that someone is leaving and passes on each of their actions. */
@Path("/people/{id}/leaving")
@Produces(Html.TYPE)
@RolesAllowed(Roles.LEAD)
public class LeavingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leaving(LeavingView view, LeavingForm form, FormErrors errors, String conflict);
    }

    private final LeavingService leaving;

    public LeavingPages(LeavingService leaving) {
        this.leaving = leaving;
    }

    @GET
    public TemplateInstance form(@RestPath long id) {
        return Templates.leaving(leaving.view(id), new LeavingForm(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@RestPath long id, @BeanParam LeavingForm form) {
        LeavingView view = leaving.view(id);
        try {
            leaving.leave(id, form.toReassignment());
            return Html.seeOther("/people#person-" + id, Notice.PERSON_LEFT);
        } catch (InvalidInputException e) {
            return Html.invalid(Templates.leaving(view, form, FormErrors.of(e), null));
        } catch (ConflictException e) {
            return Html.conflict(Templates.leaving(view, form, FormErrors.none(), e.getMessage()));
        }
    }
}
