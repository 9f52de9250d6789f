package io.followthrough.platform.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * quarkus-rest-csrf refuses a form without a valid token with an empty 400; a person needs to know what happened and
 * that nothing was saved, so the refusal becomes a 403 page in the service's layout.
 */
public class CsrfRefusal {

    /** The routing-context key quarkus-rest-csrf sets once a request's token has been verified. */
    private static final String VERIFIED = "csrf_token_verified";

    private final ErrorPages errorPages;

    public CsrfRefusal(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() != 400 || response.hasEntity() || !isForm(request.getMediaType())
                || routing.get(VERIFIED) != null) {
            return;
        }
        response.setStatus(403);
        response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML_TYPE.withCharset("UTF-8").toString());
        response.setEntity(errorPages.render(403, "Your form could not be sent",
                "The page you sent it from had expired. Go back, reload the page and try again. Nothing was saved."));
    }

    private static boolean isForm(MediaType type) {
        return type != null && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type));
    }
}
