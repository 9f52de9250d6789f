package io.followthrough.platform.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Optional;

/**
 * The notice a redirect left for the page it leads to. Templates reach it as {@code inject:notice}; the layout shows
 * it once as a success banner, and the page that showed it clears it, so reloading the page does not repeat it.
 */
@RequestScoped
@Named("notice")
public class Notices {

    public static final String COOKIE = "followthrough-notice";

    private final HttpServerRequest request;
    private boolean shown;

    public Notices(HttpServerRequest request) {
        this.request = request;
    }

    /** The notice's words, or null when there is none; asking marks it shown. */
    public String message() {
        Optional<Notice> notice = Notice.named(cookieValue());
        notice.ifPresent(n -> shown = true);
        return notice.map(Notice::message).orElse(null);
    }

    private String cookieValue() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    boolean wasShown() {
        return shown;
    }

    /** The Set-Cookie header that leaves a notice for the next page. */
    static String leave(Notice notice) {
        return COOKIE + "=" + notice.name() + "; Path=/; Max-Age=120; HttpOnly; SameSite=Lax";
    }

    /** Clears the notice once a page has shown it. */
    public static class Clearing {

        private final Notices notices;

        public Clearing(Notices notices) {
            this.notices = notices;
        }

        @ServerResponseFilter
        public void clear(ContainerRequestContext request, ContainerResponseContext response) {
            if (notices.wasShown() && !response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE, COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
            }
        }
    }
}
