package io.followthrough.plan.action;

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

/** The plan lead redacts words from a progress update: choose the text and the words, give a reason, confirm. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed(Roles.LEAD)
public class RedactionPages {

    /** The form as posted, kept so that it can be shown again. */
    public record RedactionForm(String field, String words, String reason) {

        static RedactionForm empty() {
            return new RedactionForm(null, "", "");
        }

        RedactionInput toInput() {
            return new RedactionInput(field, words, reason);
        }
    }

    /** Each text of the update as a choice: its name, and the text itself to read before choosing. */
    public record TextChoice(String field, String label, String text, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ProgressUpdateJson update, List<TextChoice> texts, RedactionForm form,
                                            FormErrors errors);

        static native TemplateInstance confirm(ProgressUpdateJson update, Redaction redaction, RedactionForm form);
    }

    private final ProgressService progress;

    public RedactionPages(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Path("updates/{id}/redact")
    public TemplateInstance form(@RestPath long id) {
        return render(id, RedactionForm.empty(), FormErrors.none());
    }

    /** Checks the words and shows the text as it would read, to confirm. */
    @POST
    @Path("updates/{id}/redact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@RestPath long id, @RestForm String field, @RestForm String words,
                          @RestForm String reason) {
        RedactionForm form = new RedactionForm(field, words, reason);
        ProgressService.Redactable redactable = redactable(id);
        try {
            return Html.page(Templates.confirm(redactable.update(), progress.previewRedaction(id, form.toInput()),
                    form));
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(render(id, form, FormErrors.of(e)));
        }
    }

    @POST
    @Path("updates/{id}/redact/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redact(@RestPath long id, @RestForm String field, @RestForm String words,
                           @RestForm String reason) {
        RedactionForm form = new RedactionForm(field, words, reason);
        try {
            ProgressUpdateJson update = progress.redact(id, form.toInput());
            return Html.seeOther("/actions/" + update.actionId() + "#update-" + id, Notice.TEXT_REDACTED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(render(id, form, FormErrors.of(e)));
        }
    }

    private ProgressService.Redactable redactable(long id) {
        return progress.redactable(id).orElseThrow(() -> new NotFoundException("progress update", id));
    }

    private TemplateInstance render(long id, RedactionForm form, FormErrors errors) {
        ProgressService.Redactable redactable = redactable(id);
        List<TextChoice> texts = redactable.texts().stream()
                .map(t -> new TextChoice(t.field(), t.label(), t.text(), t.field().equals(form.field()))).toList();
        return Templates.form(redactable.update(), texts, form, errors);
    }
}
