package io.followthrough.plan.action;

import io.followthrough.plan.coverage.CoverageService;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.Violations;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Formats;
import io.followthrough.platform.web.Option;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.ArrayList;
import java.util.List;

@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ActionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance action(ActionView view, ProgressForm update, List<Option> statuses,
                                              List<Option> rags, List<Option> corrections, FormErrors errors);

        static native TemplateInstance form(long planId, String planTitle, Long actionId, ActionForm form,
                                            ActionChoices choices, ActionView current, FormErrors errors);
    }

    private final ActionService actions;
    private final ProgressService progress;
    private final CoverageService coverage;
    private final ActionMerge merge;
    private final Validator validator;

    public ActionPages(ActionService actions, ProgressService progress, CoverageService coverage, ActionMerge merge,
                       Validator validator) {
        this.actions = actions;
        this.progress = progress;
        this.coverage = coverage;
        this.merge = merge;
        this.validator = validator;
    }

    /** The constraint errors of an input the service was not asked to take, so the form shows them all at once. */
    private List<FieldError> checked(ActionInput input) {
        return validator.validate(input).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
    }

    @GET
    @Path("actions/{id}")
    public TemplateInstance action(@RestPath long id, @RestQuery Integer page) {
        ActionView view = actions.view(id, page == null ? 1 : page).orElseThrow(() -> new NotFoundException("action", id));
        ProgressForm update = new ProgressForm();
        update.status = view.action().status().name();
        update.rag = view.action().rag().name();
        return renderAction(view, update, FormErrors.none());
    }

    @POST
    @Path("actions/{id}/updates")
    @RolesAllowed({Roles.LEAD, Roles.OFFICER})
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response addUpdate(@RestPath long id, @BeanParam ProgressForm form) {
        ActionView view = view(id);
        try {
            progress.add(id, form.toInput(), form.uploads());
            return Html.seeOther("/actions/" + id + "#history", Notice.PROGRESS_ADDED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderAction(view, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("plans/{planId}/actions/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance newAction(@RestPath long planId, @RestQuery Long finding) {
        actions.requireOpen(planId);
        ActionForm form = finding == null ? new ActionForm() : ActionForm.of(coverage.draftFrom(planId, finding));
        form.status = ActionStatus.NOT_STARTED.name();
        form.rag = Rag.NOT_YET_RATED.name();
        return renderForm(planId, null, form, null, FormErrors.none());
    }

    @POST
    @Path("plans/{planId}/actions")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath long planId, @BeanParam ActionForm form) {
        FormErrors errors = FormErrors.none();
        ActionInput input = form.toInput(errors);
        if (errors.isAny()) {
            merge(errors, checked(input));
            return Html.invalid(renderForm(planId, null, form, null, errors));
        }
        try {
            return Html.seeOther("/actions/" + actions.create(planId, input).id(), Notice.ACTION_CREATED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            merge(errors, Violations.of(e));
            return Html.invalid(renderForm(planId, null, form, null, errors));
        }
    }

    @GET
    @Path("actions/{id}/edit")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance edit(@RestPath long id) {
        ActionView view = view(id);
        actions.requireOpen(view.action().planId());
        ActionForm form = ActionForm.of(view.action());
        form.opened = merge.snapshot(ActionMerge.inputOf(view.action()));
        return renderForm(view.action().planId(), id, form, null, FormErrors.none());
    }

    /**
     * Saves the action if nobody changed it since the form was opened. Otherwise nothing is saved and the page shows
     * the other person's change beside the form, still holding what this person typed, ready to re-apply.
     */
    @POST
    @Path("actions/{id}")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam ActionForm form) {
        ActionView view = view(id);
        FormErrors errors = FormErrors.none();
        ActionInput input = form.toInput(errors);
        if (errors.isAny()) {
            merge(errors, checked(input));
            return Html.invalid(renderForm(view.action().planId(), id, form, null, errors));
        }
        try {
            actions.update(id, input);
            return Html.seeOther("/actions/" + id, Notice.ACTION_SAVED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            merge(errors, Violations.of(e));
            return Html.invalid(renderForm(view.action().planId(), id, form, null, errors));
        } catch (ConflictException e) {
            if (view.planClosed()) {
                throw e;
            }
            ActionView current = view(id);
            ActionInput theirs = ActionMerge.inputOf(current.action());
            ActionInput merged = merge.opened(form.opened)
                    .map(opened -> ActionMerge.merge(opened, input, theirs))
                    .orElse(new ActionInput(input.reference(), input.title(), input.description(), input.themeId(),
                            input.findingIds(), input.leadId(), input.partnerIds(), input.startDate(),
                            input.targetDate(), input.successCriteria(), input.status(), input.rag(),
                            input.ragReason(), theirs.version()));
            ActionForm mergedForm = ActionForm.of(merged);
            mergedForm.opened = merge.snapshot(theirs);
            return Html.conflict(renderForm(view.action().planId(), id, mergedForm, current, FormErrors.none()));
        }
    }

    private ActionView view(long id) {
        return actions.view(id).orElseThrow(() -> new NotFoundException("action", id));
    }

    private TemplateInstance renderAction(ActionView view, ProgressForm update, FormErrors errors) {
        return Templates.action(view, update,
                ActionChoices.statuses(ActionForm.parse(ActionStatus.class, update.status), null),
                ActionChoices.rags(ActionForm.parse(Rag.class, update.rag), null),
                corrections(view, update.correctsId), errors);
    }

    private static List<Option> corrections(ActionView view, String selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "It is a new update", selected == null || selected.isBlank()));
        for (ProgressUpdateJson u : view.updates()) {
            String id = String.valueOf(u.id());
            options.add(new Option(id, "It corrects the update of " + Formats.dateAndTime(u.createdAt()) + " by "
                    + u.authorName(), id.equals(selected)));
        }
        return options;
    }

    private TemplateInstance renderForm(long planId, Long actionId, ActionForm form, ActionView current, FormErrors errors) {
        ActionFormData data = actions.formData(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        return Templates.form(planId, data.planTitle(), actionId, form, ActionChoices.of(data, form), current, errors);
    }

    /** Adds the service's errors, except for fields whose boxes already could not be read. */
    private static void merge(FormErrors errors, List<FieldError> refused) {
        List<FieldError> extra = new ArrayList<>();
        for (FieldError e : refused) {
            if (!errors.has(e.field())) {
                extra.add(e);
            }
        }
        extra.forEach(e -> errors.add(e.field(), e.message()));
    }
}
