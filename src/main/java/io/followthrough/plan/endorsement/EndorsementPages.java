package io.followthrough.plan.endorsement;

import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The plan lead records the decision that endorsed the plan, coming from the published report version the body
 * endorsed ("Record the decision" on {@code /reports/{id}/versions/{n}}).
 */
@Path("/plans/{id}/endorsement")
@Produces(Html.TYPE)
@RolesAllowed(Roles.LEAD)
public class EndorsementPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance endorsement(EndorsementService.EndorsementView view, EndorsementForm form,
                                                   FormErrors errors);
    }

    private final EndorsementService endorsements;
    private final Validator validator;

    public EndorsementPages(EndorsementService endorsements, Validator validator) {
        this.endorsements = endorsements;
        this.validator = validator;
    }

    @GET
    public TemplateInstance form(@RestPath long id, @RestQuery Long report, @RestQuery Integer reportVersion) {
        EndorsementService.EndorsementView view = endorsements.view(id, report, reportVersion);
        return Templates.endorsement(view, EndorsementForm.startingFrom(view, report, reportVersion), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endorse(@RestPath long id, @BeanParam EndorsementForm form) {
        FormErrors errors = FormErrors.none();
        EndorsementInput input = form.toInput(errors);
        if (errors.isAny()) {
            // The date or the version could not be read: say what else is wrong too, so one correction is enough.
            for (ConstraintViolation<EndorsementInput> v : validator.validate(input)) {
                String field = v.getPropertyPath().toString();
                if (!errors.has(field) && !field.equals("meetingDate") && !field.equals("reportVersion")) {
                    errors.add(field, v.getMessage());
                }
            }
            return Html.invalid(Templates.endorsement(view(id, form), form, errors));
        }
        try {
            endorsements.endorse(id, input);
            return Html.seeOther("/plans/" + id + "#endorsement", Notice.PLAN_ENDORSED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.endorsement(view(id, form), form, FormErrors.of(e)));
        }
    }

    private EndorsementService.EndorsementView view(long id, EndorsementForm form) {
        return endorsements.view(id, parse(form.reportId), parse(form.reportVersion) == null ? null
                : parse(form.reportVersion).intValue());
    }

    private static Long parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
