package io.followthrough.plan.document;

import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.Html;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.jboss.resteasy.reactive.RestPath;

/** The page of the action plan document: what it holds and where to download it. */
@Path("/plans/{id}/document")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class PlanDocumentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(PlanDocumentView view);
    }

    private final PlanDocumentService documents;

    public PlanDocumentPages(PlanDocumentService documents) {
        this.documents = documents;
    }

    @GET
    public TemplateInstance document(@RestPath long id) {
        return Templates.document(documents.view(id));
    }
}
