package io.followthrough.term;

import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.followthrough.platform.web.Option;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class TermPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TermYear> years, String year, FormErrors errors);

        static native TemplateInstance form(Long termId, String termName, TermForm form, List<Option> seasons,
                                            FormErrors errors);
    }

    private final TermService terms;
    private final Validator validator;

    public TermPages(TermService terms, Validator validator) {
        this.terms = terms;
        this.validator = validator;
    }

    @GET
    @Path("terms")
    public TemplateInstance list() {
        return Templates.list(terms.byYear(), "", FormErrors.none());
    }

    @POST
    @Path("terms/years")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addYear(@RestForm String year) {
        Optional<AcademicYear> parsed = AcademicYear.parse(year);
        if (parsed.isEmpty()) {
            FormErrors errors = FormErrors.none().add("year", "Enter the academic year like 2027-28");
            return Html.invalid(Templates.list(terms.byYear(), year, errors));
        }
        terms.ofYear(parsed.get());
        return Html.seeOther("/terms#year-" + parsed.get(), Notice.TERMS_ADDED);
    }

    @GET
    @Path("terms/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance newTerm() {
        return renderForm(null, null, new TermForm(), FormErrors.none());
    }

    @POST
    @Path("terms")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam TermForm form) {
        FormErrors errors = FormErrors.none();
        TermInput input = form.toInput(errors);
        if (errors.isAny()) {
            return Html.invalid(renderForm(null, null, form, withConstraintErrors(errors, input)));
        }
        try {
            return Html.seeOther("/terms#year-" + terms.create(input).academicYear(), Notice.TERM_ADDED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderForm(null, null, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("terms/{id}/edit")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance edit(@RestPath long id) {
        TermJson term = term(id);
        return renderForm(id, term.name(), TermForm.of(term), FormErrors.none());
    }

    /** Only the dates change: the year and season are the term's own, whatever the form sent. */
    @POST
    @Path("terms/{id}")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam TermForm form) {
        TermJson term = term(id);
        form.academicYear = term.academicYear();
        form.season = term.season().name();
        FormErrors errors = FormErrors.none();
        TermInput input = form.toInput(errors);
        if (errors.isAny()) {
            return Html.invalid(renderForm(id, term.name(), form, errors));
        }
        try {
            terms.update(id, input);
            return Html.seeOther("/terms#year-" + term.academicYear(), Notice.TERM_SAVED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderForm(id, term.name(), form, FormErrors.of(e)));
        }
    }

    private TermJson term(long id) {
        return terms.find(id).orElseThrow(() -> new NotFoundException("term", id));
    }

    /** Adds what is wrong with the other fields, so a form whose dates could not be read shows every error at once. */
    private FormErrors withConstraintErrors(FormErrors errors, TermInput input) {
        List<FieldError> others = validator.validate(input).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .filter(e -> !errors.has(e.field()))
                .toList();
        others.forEach(e -> errors.add(e.field(), e.message()));
        return errors;
    }

    private TemplateInstance renderForm(Long termId, String termName, TermForm form, FormErrors errors) {
        List<Option> seasons = Arrays.stream(Season.values())
                .map(s -> new Option(s.name(), s.label(), s.name().equals(form.season))).toList();
        return Templates.form(termId, termName, form, seasons, inFormOrder(errors, TermForm.FIELDS));
    }

    /** The errors in the order of the fields on the form, as the GOV.UK error summary lists them. */
    private static FormErrors inFormOrder(FormErrors errors, List<String> fields) {
        return FormErrors.of(errors.getList().stream()
                .sorted(Comparator.comparingInt(e -> fields.indexOf(e.field()))).toList());
    }
}
