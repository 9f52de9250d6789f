package io.followthrough.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

public final class Responses {

    private Responses() {
    }

    /** 201 with the new object's address in {@code Location} and the object itself as the body. */
    public static Response created(UriInfo uri, String path, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(path).build()).entity(body).build();
    }
}
