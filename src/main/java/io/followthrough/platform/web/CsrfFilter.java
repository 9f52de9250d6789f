package io.followthrough.platform.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import java.util.Optional;

/**
 * Refuses any form post (URL-encoded or multipart) whose hidden CSRF field does not match the CSRF cookie, and gives
 * every browser that lacks the cookie a fresh one.
 */
public class CsrfFilter {

    private final WebSession session;
    private final ErrorPages errorPages;

    public CsrfFilter(WebSession session, ErrorPages errorPages) {
        this.session = session;
        this.errorPages = errorPages;
    }

    @ServerRequestFilter(readBody = true)
    public Optional<Response> verify(ContainerRequestContext request, ServerRequestContext serverContext,
                                     HttpServerRequest http) {
        MediaType type = request.getMediaType();
        if (!"POST".equals(request.getMethod()) || type == null || !isForm(type)) {
            return Optional.empty();
        }
        // A request that carries its own credentials (HTTP Basic, a bearer token) cannot be forged by another site;
        // only requests that a browser's cookies sign in need the token.
        if (request.getHeaderString("Authorization") != null) {
            return Optional.empty();
        }
        Cookie cookie = http.getCookie(CsrfToken.COOKIE);
        Object field = ((ResteasyReactiveRequestContext) serverContext).getFormParameter(CsrfToken.FIELD, true, false);
        String submitted = field == null ? null : field.toString();
        if (cookie != null && CsrfToken.matches(cookie.getValue(), submitted)) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errorPages.render(403, "Your form could not be sent",
                        "The page you sent it from had expired. Go back, reload the page and try again. "
                                + "Nothing was saved."))
                .build());
    }

    @ServerResponseFilter
    public void issue(ContainerResponseContext response, HttpServerResponse http) {
        if (session.isNewCsrfToken()) {
            http.addCookie(Cookie.cookie(CsrfToken.COOKIE, session.csrfToken())
                    .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX));
        }
    }

    private static boolean isForm(MediaType type) {
        return MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type);
    }
}
