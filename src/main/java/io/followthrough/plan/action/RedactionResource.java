package io.followthrough.plan.action;

import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

/** Redacting words from a progress update: the plan lead only, with a reason; returns the update as it now reads. */
@Path("/api")
@RolesAllowed(Roles.LEAD)
public class RedactionResource {

    private final ProgressService progress;

    public RedactionResource(ProgressService progress) {
        this.progress = progress;
    }

    @POST
    @Path("/updates/{id}/redactions")
    public ProgressUpdateJson redact(@RestPath long id, @Valid @NotNull RedactionInput input) {
        return progress.redact(id, input);
    }
}
