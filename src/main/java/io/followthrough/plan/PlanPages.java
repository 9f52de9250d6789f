package io.followthrough.plan;

import io.followthrough.people.PeopleService;
import io.followthrough.plan.action.ActionFilter;
import io.followthrough.plan.action.ActionSort;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.followthrough.platform.web.Option;
import io.followthrough.review.ReviewService;
import io.followthrough.term.TermService;
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
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;

@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class PlanPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PlanJson> plans);

        static native TemplateInstance plan(PlanView view, PlanFilters filters, String query);

        static native TemplateInstance form(Long planId, PlanForm form, List<Option> reviews, List<Option> leads,
                                            List<Option> kinds, FormErrors errors);
    }

    private final PlanService plans;
    private final ReviewService reviews;
    private final PeopleService people;
    private final TermService terms;

    public PlanPages(PlanService plans, ReviewService reviews, PeopleService people, TermService terms) {
        this.plans = plans;
        this.reviews = reviews;
        this.people = people;
        this.terms = terms;
    }

    @GET
    @Path("plans")
    public TemplateInstance list() {
        return Templates.list(plans.all());
    }

    @GET
    @Path("plans/{id}")
    public TemplateInstance plan(UriInfo uri, @RestPath long id, @RestQuery String theme, @RestQuery String status, @RestQuery String rag,
                       @RestQuery String lead, @RestQuery String overdue, @RestQuery String partner,
                       @RestQuery String term, @RestQuery String reprogrammed, @RestQuery String sort,
                       @RestQuery String page) {
        // A filter the page cannot read is ignored rather than refused: these come from the page's own form.
        ActionFilter filter = new ActionFilter(parseLong(theme), parseEnum(ActionStatus.class, status),
                parseEnum(Rag.class, rag), parseLong(lead), parseBoolean(overdue), parseLong(partner),
                parseLong(term), parseBoolean(reprogrammed), parseEnum(ActionSort.class, sort));
        Long pageNumber = parseLong(page);
        int index = pageNumber == null || pageNumber < 1 ? 0 : (int) Math.min(pageNumber - 1, Integer.MAX_VALUE);
        PlanView view = plans.view(id, filter, index).orElseThrow(() -> new NotFoundException("plan", id));
        PlanFilters filters = PlanFilters.of(filter, view.themes(), people.all(), people.partners(), terms.all());
        return Templates.plan(view, filters, uri.getRequestUri().getRawQuery() == null ? ""
                : uri.getRequestUri().getRawQuery().replaceAll("(^|&)page=[^&]*", ""));
    }

    @GET
    @Path("plans/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance newPlan() {
        return form(null, new PlanForm(), FormErrors.none());
    }

    @POST
    @Path("plans")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam PlanForm form) {
        try {
            return Html.seeOther("/plans/" + plans.create(form.toInput()).id(), Notice.PLAN_CREATED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(form(null, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("plans/{id}/edit")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance edit(@RestPath long id) {
        PlanJson plan = plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
        return form(id, PlanForm.of(plan), FormErrors.none());
    }

    @POST
    @Path("plans/{id}")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam PlanForm form) {
        plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
        try {
            plans.update(id, form.toInput());
            return Html.seeOther("/plans/" + id, Notice.PLAN_SAVED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(form(id, form, FormErrors.of(e)));
        }
    }

    private TemplateInstance form(Long planId, PlanForm form, FormErrors errors) {
        List<Option> reviewOptions = reviews.list().stream()
                .map(r -> new Option(String.valueOf(r.id()), r.title(),
                        form.reviewIds != null && form.reviewIds.contains(r.id())))
                .toList();
        List<Option> leads = new ArrayList<>();
        leads.add(new Option("", "Choose the plan lead", form.leadId == null));
        people.all().stream().filter(p -> p.leftOn() == null).forEach(p -> leads.add(new Option(String.valueOf(p.id()), p.name() + ", " + p.jobTitle(),
                p.id() == (form.leadId == null ? -1 : form.leadId))));
        List<Option> kinds = new ArrayList<>();
        for (PlanKind kind : PlanKind.values()) {
            kinds.add(new Option(kind.name(), kind.label(),
                    kind.name().equals(form.kind) || (form.kind == null && kind == PlanKind.REVIEW_ACTION_PLAN)));
        }
        return Templates.form(planId, form, reviewOptions, leads, kinds, errors);
    }

    private static Boolean parseBoolean(String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
