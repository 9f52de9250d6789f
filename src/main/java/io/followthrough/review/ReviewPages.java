package io.followthrough.review;

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
import org.jboss.resteasy.reactive.RestPath;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ReviewJson> reviews);

        static native TemplateInstance review(ReviewView view);

        static native TemplateInstance form(Long reviewId, ReviewForm form, List<Option> types, FormErrors errors);

        static native TemplateInstance themeForm(long reviewId, String reviewTitle, Long themeId, ThemeForm form,
                                                 FormErrors errors);

        static native TemplateInstance findingForm(ThemeSummary theme, Long findingId, FindingForm form,
                                                   List<Option> kinds, FormErrors errors);
    }

    private final ReviewService reviews;
    private final Validator validator;

    public ReviewPages(ReviewService reviews, Validator validator) {
        this.reviews = reviews;
        this.validator = validator;
    }

    @GET
    @Path("reviews")
    public TemplateInstance list() {
        return Templates.list(reviews.list());
    }

    @GET
    @Path("reviews/{id}")
    public TemplateInstance review(@RestPath long id) {
        return Templates.review(reviews.view(id).orElseThrow(() -> new NotFoundException("review", id)));
    }

    @GET
    @Path("reviews/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance newReview() {
        return renderForm(null, new ReviewForm(), FormErrors.none());
    }

    @POST
    @Path("reviews")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ReviewForm form) {
        FormErrors errors = FormErrors.none();
        ReviewInput input = form.toInput(errors);
        if (errors.isAny()) {
            return Html.invalid(renderForm(null, form, withConstraintErrors(errors, input)));
        }
        try {
            return Html.seeOther("/reviews/" + reviews.create(input).id(), Notice.REVIEW_ADDED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderForm(null, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("reviews/{id}/edit")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance edit(@RestPath long id) {
        return renderForm(id, ReviewForm.of(summary(id)), FormErrors.none());
    }

    @POST
    @Path("reviews/{id}")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam ReviewForm form) {
        summary(id);
        FormErrors errors = FormErrors.none();
        ReviewInput input = form.toInput(errors);
        if (errors.isAny()) {
            return Html.invalid(renderForm(id, form, withConstraintErrors(errors, input)));
        }
        try {
            reviews.update(id, input);
            return Html.seeOther("/reviews/" + id, Notice.REVIEW_SAVED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderForm(id, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("reviews/{id}/themes/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance newTheme(@RestPath long id) {
        return renderThemeForm(id, summary(id).title(), null, new ThemeForm(), FormErrors.none());
    }

    @POST
    @Path("reviews/{id}/themes")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTheme(@RestPath long id, @BeanParam ThemeForm form) {
        ReviewJson review = summary(id);
        try {
            return Html.seeOther("/reviews/" + id + "#theme-" + reviews.addTheme(id, form.toInput()).id(), Notice.THEME_ADDED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderThemeForm(id, review.title(), null, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("themes/{id}/edit")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance editTheme(@RestPath long id) {
        ThemeSummary theme = theme(id);
        ThemeForm form = ThemeForm.of(reviews.findTheme(id).orElseThrow(() -> new NotFoundException("theme", id)));
        return renderThemeForm(theme.reviewId(), theme.reviewTitle(), id, form, FormErrors.none());
    }

    @POST
    @Path("themes/{id}")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateTheme(@RestPath long id, @BeanParam ThemeForm form) {
        ThemeSummary theme = theme(id);
        try {
            reviews.updateTheme(id, form.toInput());
            return Html.seeOther("/reviews/" + theme.reviewId() + "#theme-" + id, Notice.THEME_SAVED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderThemeForm(theme.reviewId(), theme.reviewTitle(), id, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("themes/{id}/findings/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance newFinding(@RestPath long id) {
        return renderFindingForm(theme(id), null, new FindingForm(), FormErrors.none());
    }

    @POST
    @Path("themes/{id}/findings")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addFinding(@RestPath long id, @BeanParam FindingForm form) {
        ThemeSummary theme = theme(id);
        try {
            long findingId = reviews.addFinding(id, form.toInput()).id();
            return Html.seeOther("/reviews/" + theme.reviewId() + "#finding-" + findingId, Notice.FINDING_ADDED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderFindingForm(theme, null, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("findings/{id}/edit")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance editFinding(@RestPath long id) {
        ReviewJson.FindingJson finding = finding(id);
        return renderFindingForm(theme(finding.themeId()), id, FindingForm.of(finding), FormErrors.none());
    }

    @POST
    @Path("findings/{id}")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateFinding(@RestPath long id, @BeanParam FindingForm form) {
        ThemeSummary theme = theme(finding(id).themeId());
        try {
            reviews.updateFinding(id, form.toInput());
            return Html.seeOther("/reviews/" + theme.reviewId() + "#finding-" + id, Notice.FINDING_SAVED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderFindingForm(theme, id, form, FormErrors.of(e)));
        }
    }

    private ReviewJson summary(long id) {
        return reviews.findSummary(id).orElseThrow(() -> new NotFoundException("review", id));
    }

    private ThemeSummary theme(long id) {
        return reviews.findThemeSummary(id).orElseThrow(() -> new NotFoundException("theme", id));
    }

    private ReviewJson.FindingJson finding(long id) {
        return reviews.findFinding(id).orElseThrow(() -> new NotFoundException("finding", id));
    }

    /** Adds what is wrong with the other fields, so a form whose dates could not be read shows every error at once. */
    private FormErrors withConstraintErrors(FormErrors errors, ReviewInput input) {
        List<FieldError> others = validator.validate(input).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .filter(e -> !errors.has(e.field()))
                .toList();
        others.forEach(e -> errors.add(e.field(), e.message()));
        return errors;
    }

    private TemplateInstance renderForm(Long reviewId, ReviewForm form, FormErrors errors) {
        List<Option> types = Arrays.stream(ReviewType.values())
                .map(t -> new Option(t.name(), t.label(), t.name().equals(form.type))).toList();
        return Templates.form(reviewId, form, types, inFormOrder(errors, ReviewForm.FIELDS));
    }

    private TemplateInstance renderFindingForm(ThemeSummary theme, Long findingId, FindingForm form, FormErrors errors) {
        List<Option> kinds = Arrays.stream(FindingKind.values())
                .map(k -> new Option(k.name(), k.label(), k.name().equals(form.kind))).toList();
        return Templates.findingForm(theme, findingId, form, kinds, inFormOrder(errors, FindingForm.FIELDS));
    }

    private TemplateInstance renderThemeForm(long reviewId, String reviewTitle, Long themeId, ThemeForm form, FormErrors errors) {
        return Templates.themeForm(reviewId, reviewTitle, themeId, form, inFormOrder(errors, ThemeForm.FIELDS))
                ;
    }

    /** The errors in the order of the fields on the form, as the GOV.UK error summary lists them. */
    private static FormErrors inFormOrder(FormErrors errors, List<String> fields) {
        return FormErrors.of(errors.getList().stream()
                .sorted(Comparator.comparingInt(e -> fields.indexOf(e.field()))).toList());
    }
}
