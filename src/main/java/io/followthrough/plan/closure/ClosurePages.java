package io.followthrough.plan.closure;

import io.followthrough.platform.InvalidInputException;
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

/** Closing the plan: a confirmation page that lists what stops it, and the closing statement. */
@Path("/plans/{id}/closure")
@Produces(Html.TYPE)
@RolesAllowed(Roles.LEAD)
public class ClosurePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance closure(ClosureService.ClosureView view, String statement, FormErrors errors);
    }

    private final ClosureService closures;

    public ClosurePages(ClosureService closures) {
        this.closures = closures;
    }

    @GET
    public TemplateInstance form(@RestPath long id) {
        return Templates.closure(closures.view(id), "", FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath long id, @RestForm String statement) {
        try {
            closures.close(id, new ClosureInput(statement));
            return Html.seeOther("/plans/" + id + "#closure", Notice.PLAN_CLOSED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.closure(closures.view(id), statement, FormErrors.of(e)));
        }
    }
}
