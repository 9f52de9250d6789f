package io.followthrough.platform.web;

import io.followthrough.platform.security.DemoAccounts;
import io.followthrough.platform.security.DemoSessionCookie;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/** Sign-in with the demo accounts. In production OpenID Connect signs people in and this page is not offered. */
@Path("/")
@Produces(Html.TYPE)
public class SignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String returnTo, String userName, FormErrors errors);
    }

    private final DemoAccounts accounts;
    private final DemoSessionCookie sessions;

    public SignInPages(DemoAccounts accounts, DemoSessionCookie sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GET
    @Path("sign-in")
    @PermitAll
    public Response form(@RestQuery("return") String returnTo) {
        if (!accounts.enabled()) {
            // With OpenID Connect, any page that needs sign-in sends the browser to the identity provider.
            return Html.seeOther("/plans");
        }
        return Html.page(Templates.signIn(safeReturn(returnTo), "", FormErrors.none()));
    }

    @POST
    @Path("sign-in")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String userName, @RestForm String password, @RestForm("return") String returnTo,
                           @Context UriInfo uri) {
        if (!accounts.enabled()) {
            return Html.seeOther("/plans");
        }
        FormErrors errors = FormErrors.none();
        if (userName == null || userName.isBlank()) {
            errors.add("userName", "Enter your user name");
        }
        if (password == null || password.isBlank()) {
            errors.add("password", "Enter your password");
        }
        if (!errors.isAny() && accounts.authenticate(userName.strip(), password.toCharArray()).isEmpty()) {
            errors.add("userName", "The user name or password is not right");
        }
        if (errors.isAny()) {
            return Html.invalid(Templates.signIn(safeReturn(returnTo), userName == null ? "" : userName, errors));
        }
        NewCookie cookie = new NewCookie.Builder(DemoSessionCookie.NAME)
                .value(sessions.issue(userName.strip()))
                .path("/")
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) sessions.maxAgeSeconds())
                .build();
        return Response.seeOther(URI.create(safeReturn(returnTo))).cookie(cookie).build();
    }

    @GET
    @Path("sign-out")
    @Authenticated
    public Response signOut(@CookieParam(DemoSessionCookie.NAME) String session) {
        if (session != null) {
            sessions.end(session);
        }
        NewCookie expired = new NewCookie.Builder(DemoSessionCookie.NAME).value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create(accounts.enabled() ? "/sign-in" : "/")).cookie(expired).build();
    }

    /** Only a path on this site: never an open redirect. */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.startsWith("/sign-in")) {
            return "/";
        }
        return returnTo;
    }
}
