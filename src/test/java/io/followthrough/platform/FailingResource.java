package io.followthrough.platform;

import io.followthrough.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Exists only in the test build: a failure nobody foresaw, to prove what a client and the log see of it. */
@Path("/api/test-only/failure")
@RolesAllowed(Roles.LEAD)
@Produces(MediaType.APPLICATION_JSON)
public class FailingResource {

    static final String SECRET = "connection string with password hunter2";

    @GET
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
