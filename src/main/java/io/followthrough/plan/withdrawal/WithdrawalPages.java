package io.followthrough.plan.withdrawal;

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

import java.util.List;

/** The plan lead withdraws an action with a reason; anyone working on the plan can list what was withdrawn. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed(Roles.LEAD)
public class WithdrawalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance withdrawal(ActionToWithdraw action, String reason, FormErrors errors);

        static native TemplateInstance withdrawn(PlanJson plan, List<WithdrawnAction> actions);
    }

    private final WithdrawalService withdrawals;
    private final PlanService plans;

    public WithdrawalPages(WithdrawalService withdrawals, PlanService plans) {
        this.withdrawals = withdrawals;
        this.plans = plans;
    }

    @GET
    @Path("actions/{id}/withdrawal")
    public TemplateInstance form(@RestPath long id) {
        return Templates.withdrawal(withdrawals.toWithdraw(id), "", FormErrors.none());
    }

    @POST
    @Path("actions/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath long id, @RestForm String reason) {
        ActionToWithdraw action = withdrawals.toWithdraw(id);
        try {
            withdrawals.withdraw(id, new WithdrawalInput(reason));
            return Html.seeOther("/actions/" + id, Notice.ACTION_WITHDRAWN);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.withdrawal(action, reason, FormErrors.of(e)));
        } catch (ConflictException e) {
            return Html.conflict(Templates.withdrawal(action, reason, FormErrors.none().add("reason", e.getMessage())));
        }
    }

    @GET
    @Path("plans/{id}/withdrawn-actions")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT})
    public TemplateInstance withdrawn(@RestPath long id) {
        PlanJson plan = plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
        return Templates.withdrawn(plan, withdrawals.withdrawn(id));
    }
}
