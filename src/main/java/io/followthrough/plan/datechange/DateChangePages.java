package io.followthrough.plan.datechange;

import io.followthrough.plan.action.ActionService;
import io.followthrough.plan.action.ActionView;
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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** Asking to move an action's target date, and the plan lead's decision. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER})
public class DateChangePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(ActionView view, DateChangeForm form, FormErrors errors);

        static native TemplateInstance decide(ActionView view, DateChangeJson change, DecisionForm form,
                                              FormErrors errors);
    }

    private final DateChangeService changes;
    private final ActionService actions;

    public DateChangePages(DateChangeService changes, ActionService actions) {
        this.changes = changes;
        this.actions = actions;
    }

    @GET
    @Path("actions/{id}/date-changes/new")
    public TemplateInstance requestForm(@RestPath long id) {
        return Templates.request(view(id), new DateChangeForm(), FormErrors.none());
    }

    @POST
    @Path("actions/{id}/date-changes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@RestPath long id, @BeanParam DateChangeForm form) {
        ActionView view = view(id);
        FormErrors errors = FormErrors.none();
        DateChangeInput input = form.toInput(errors);
        if (errors.isAny()) {
            if (input.reason() == null || input.reason().isBlank()) {
                errors.add("reason", "Explain why the target date needs to move");
            }
            return Html.invalid(Templates.request(view, form, errors));
        }
        try {
            changes.request(id, input);
            return Html.seeOther("/actions/" + id + "#dates", Notice.DATE_CHANGE_REQUESTED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.request(view, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("date-changes/{id}")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance decisionForm(@RestPath long id) {
        DateChangeJson change = change(id);
        return Templates.decide(view(change.actionId()), change, new DecisionForm(), FormErrors.none());
    }

    @POST
    @Path("date-changes/{id}/decision")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath long id, @BeanParam DecisionForm form) {
        DateChangeJson change = change(id);
        try {
            DecisionInput decision = form.toInput();
            changes.decide(id, decision);
            return Html.seeOther("/actions/" + change.actionId() + "#dates",
                    Boolean.TRUE.equals(decision.approved()) ? Notice.DATE_CHANGE_APPROVED : Notice.DATE_CHANGE_REFUSED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.decide(view(change.actionId()), change, form, FormErrors.of(e)));
        } catch (ConflictException e) {
            return Html.conflict(Templates.decide(view(change.actionId()), change, form,
                    FormErrors.none().add("approved", e.getMessage())));
        }
    }

    private ActionView view(long actionId) {
        return actions.view(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
    }

    private DateChangeJson change(long id) {
        return changes.find(id).orElseThrow(() -> new NotFoundException("date change request", id));
    }
}
