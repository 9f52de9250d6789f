package io.followthrough.people;

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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class PeoplePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PersonJson> people, List<PartnerJson> partners);

        static native TemplateInstance form(Long personId, PersonForm form, List<Option> partners, FormErrors errors);

        static native TemplateInstance partnerForm(PartnerForm form, FormErrors errors);
    }

    private final PeopleService people;

    public PeoplePages(PeopleService people) {
        this.people = people;
    }

    @GET
    @Path("people")
    public TemplateInstance list() {
        return Templates.list(people.all(), people.partners());
    }

    @GET
    @Path("people/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance newPerson() {
        return renderForm(null, new PersonForm(), FormErrors.none());
    }

    @POST
    @Path("people")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam PersonForm form) {
        try {
            return Html.seeOther("/people#person-" + people.create(form.toInput()).id(), Notice.PERSON_ADDED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderForm(null, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("people/{id}/edit")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance edit(@RestPath long id) {
        return renderForm(id, PersonForm.of(person(id)), FormErrors.none());
    }

    @POST
    @Path("people/{id}")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam PersonForm form) {
        person(id);
        try {
            people.update(id, form.toInput());
            return Html.seeOther("/people#person-" + id, Notice.PERSON_SAVED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderForm(id, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("partners/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance newPartner() {
        return Templates.partnerForm(new PartnerForm(), FormErrors.none());
    }

    @POST
    @Path("partners")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createPartner(@BeanParam PartnerForm form) {
        try {
            return Html.seeOther("/people#partner-" + people.createPartner(form.toInput()).id(), Notice.PARTNER_ADDED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.partnerForm(form, FormErrors.of(e)));
        }
    }

    private PersonJson person(long id) {
        return people.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    private TemplateInstance renderForm(Long personId, PersonForm form, FormErrors errors) {
        List<Option> partners = new ArrayList<>();
        partners.add(new Option("", "No partner", form.partner == null || form.partner.isBlank()));
        people.partners().forEach(p -> partners.add(new Option(p.name(), p.name(), p.name().equals(form.partner))));
        return Templates.form(personId, form, partners, inFormOrder(errors, PersonForm.FIELDS));
    }

    /** The errors in the order of the fields on the form, as the GOV.UK error summary lists them. */
    private static FormErrors inFormOrder(FormErrors errors, List<String> fields) {
        return FormErrors.of(errors.getList().stream()
                .sorted(Comparator.comparingInt(e -> fields.indexOf(e.field()))).toList());
    }
}
