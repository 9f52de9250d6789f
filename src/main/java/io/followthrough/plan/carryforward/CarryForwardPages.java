package io.followthrough.plan.carryforward;

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

/** The plan lead carries unfinished actions into another plan. */
@Path("/plans/{id}/carry-forward")
@Produces(Html.TYPE)
@RolesAllowed(Roles.LEAD)
public class CarryForwardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance carryForward(CarryForwardView view, CarryForwardForm form, Long target,
                                                    FormErrors errors);
    }

    private final CarryForwardService carryForward;

    public CarryForwardPages(CarryForwardService carryForward) {
        this.carryForward = carryForward;
    }

    @GET
    public TemplateInstance form(@RestPath long id) {
        return Templates.carryForward(carryForward.view(id), new CarryForwardForm(), null, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response carry(@RestPath long id, @BeanParam CarryForwardForm form) {
        try {
            CarryForwardJson carried = carryForward.carry(id, form.toInput());
            return Html.seeOther("/plans/" + carried.toPlanId(), Notice.ACTIONS_CARRIED_FORWARD);
        } catch (InvalidInputException e) {
            Long target;
            try {
                target = form.target();
            } catch (InvalidInputException unreadable) {
                target = null;
            }
            return Html.invalid(Templates.carryForward(carryForward.view(id), form, target, FormErrors.of(e)));
        }
    }
}
