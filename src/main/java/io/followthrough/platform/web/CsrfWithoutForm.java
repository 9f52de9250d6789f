package io.followthrough.platform.web;

import io.followthrough.platform.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * quarkus-rest-csrf verifies the token of form and multipart bodies only. A state-changing request with no body, or a
 * body another site can send without CORS (text/plain), is just as forgeable with the session cookie alone, so it must
 * carry the token in its header, matching the CSRF cookie (the double-submit check quarkus-rest-csrf makes for forms).
 * JSON bodies need no token: a browser cannot send them cross-site without a CORS preflight. A request with its own
 * Authorization header passes, since {@link CsrfExemption} gave it a matching pair.
 */
public class CsrfWithoutForm {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ErrorPages errorPages;
    private final String cookieName;
    private final String headerName;

    public CsrfWithoutForm(ErrorPages errorPages,
                           @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
                           @ConfigProperty(name = "quarkus.rest-csrf.token-header-name") String headerName) {
        this.errorPages = errorPages;
        this.cookieName = cookieName;
        this.headerName = headerName;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || checkedElsewhere(request.getMediaType())) {
            return null;
        }
        Cookie cookie = request.getCookies().get(cookieName);
        String header = request.getHeaderString(headerName);
        if (cookie != null && header != null && !header.isEmpty() && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        String detail = "The request did not carry this service's security token. Nothing was saved. "
                + "Go back, reload the page and try again.";
        if (request.getUriInfo().getRequestUri().getPath().startsWith("/api")) {
            return Response.status(403).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(403, "Not allowed", detail)).build();
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errorPages.render(403, "Your request could not be sent", detail)).build();
    }

    /** Forms and multipart bodies are quarkus-rest-csrf's; JSON cannot be sent cross-site without CORS. */
    private static boolean checkedElsewhere(MediaType type) {
        if (type == null) {
            return false;
        }
        return MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)
                || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                || type.getSubtype().endsWith("+json");
    }
}
