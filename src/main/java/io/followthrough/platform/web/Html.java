package io.followthrough.platform.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Responses for pages: a template rendered by quarkus-rest-qute, and the redirect that follows every successful form post. */
public final class Html {

    public static final String TYPE = MediaType.TEXT_HTML + ";charset=UTF-8";

    private Html() {
    }

    public static Response page(TemplateInstance html) {
        return Response.ok(html, TYPE).build();
    }

    /** A form that did not pass validation is shown again, with its errors, as 400. */
    public static Response invalid(TemplateInstance html) {
        return Response.status(Response.Status.BAD_REQUEST).type(TYPE).entity(html).build();
    }

    public static Response conflict(TemplateInstance html) {
        return Response.status(Response.Status.CONFLICT).type(TYPE).entity(html).build();
    }

    public static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    /** The redirect after a successful post, leaving a notice the next page shows as a success banner. */
    public static Response seeOther(String location, Notice notice) {
        return Response.seeOther(URI.create(location)).header("Set-Cookie", Notices.leave(notice)).build();
    }
}
