package io.followthrough.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.Problem;
import io.followthrough.platform.Violations;
import io.followthrough.platform.database.DatabaseUnavailable;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns failures into answers people can act on: {@code application/problem+json} naming the fields at fault under
 * {@code /api}, an error page in the service's layout elsewhere. Never a stack trace or a class name.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FORM_BODY_HANDLER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    private final ErrorPages pages;

    public ErrorMappers(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unknownRoute(jakarta.ws.rs.NotFoundException e, UriInfo uri) {
        return respond(uri, Problem.of(404, "Not found", "There is nothing at this address."));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return respond(uri, Problem.invalid(e.errors()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(uri, Problem.of(409, "Changed since you opened it", e.getMessage()));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleRow(Exception e, UriInfo uri) {
        return respond(uri, Problem.of(409, "Changed since you opened it",
                "Someone else changed this while you were working on it. Nothing of yours was saved: reload and try again."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Problem.of(403, "Not allowed",
                e.getMessage() == null || e.getMessage().isBlank() ? "Your role does not allow this." : e.getMessage()));
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        return respond(uri, Problem.invalid(Violations.of(e)));
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, JsonParseException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return respond(uri, Problem.invalid(List.of(new FieldError(field, describe(mapping)))));
        }
        return respond(uri, Problem.of(400, "Invalid input", "The request body is not valid JSON."));
    }

    @ServerExceptionMapper
    public Response wrongMethod(NotAllowedException e, UriInfo uri) {
        return respond(uri, Problem.of(405, "Not allowed", "This address does not accept that method."));
    }

    @ServerExceptionMapper
    public Response wrongMediaType(NotSupportedException e, UriInfo uri) {
        return respond(uri, Problem.of(415, "Unsupported media type", "Send this request as JSON."));
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return "'" + format.getValue() + "' is not one of " + allowed + ".";
            }
            if (target == java.time.LocalDate.class) {
                return "'" + format.getValue() + "' is not a date; use the form 2026-03-31.";
            }
            return "'" + format.getValue() + "' is not a valid value here.";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "'" + unknown.getPropertyName() + "' is not a field of this object.";
        }
        return "This value has the wrong type.";
    }

    /** Any other refusal the framework raises (a malformed body, an unacceptable type) keeps its status and says so. */
    @ServerExceptionMapper
    public Response refused(jakarta.ws.rs.WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        return respond(uri, Problem.of(status, type.getReasonPhrase(), status == 400
                ? "The request could not be read. Check what was sent and try again."
                : "The request was refused (" + type.getReasonPhrase() + ")."));
    }

    /** Two people saving the same thing at the same moment: the database's unique constraint decides, we explain. */
    @ServerExceptionMapper
    public Response clash(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return unexpected(e, uri);
        }
        return respond(uri, Problem.of(409, "Already exists", UniqueConstraints.describe(e.getConstraintName())));
    }

    /**
     * Anything not foreseen: a 500 that says what to do and carries a correlation id, which the log line carries too,
     * so the hosting team can find the cause; never a class name or a stack trace in the answer.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (raisedReadingTheForm(e)) {
            return respond(uri, Problem.of(400, "Bad request",
                    "The form could not be read: it was cut short or is not correctly encoded. Nothing was saved. "
                            + "Go back and send it again."));
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException clash) {
                return clash(clash, uri);
            }
        }
        if (DatabaseUnavailable.causedBy(e)) {
            return unavailable(e, uri);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", id, uri.getPath());
        return respond(uri, Problem.of(500, "Something went wrong",
                "Sorry, there is a problem with the service. Nothing was saved. Try again later; if it keeps happening, "
                        + "quote reference " + id + " to the service desk.").withCorrelationId(id));
    }

    /**
     * The database cannot be reached (stopped, restarting, or no connection free within the pool's acquisition
     * timeout): a 503 that asks the client to come back shortly, never a 500, and no stack trace in the log for each
     * request while it lasts.
     */
    private Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("The database is unavailable (%s) on %s", rootMessage(e), uri.getPath());
        String retryAfter = String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        if (uri.getPath().startsWith("/api")) {
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfter)
                    .entity(Problem.of(503, "Service unavailable",
                            "The service cannot reach its database just now. Nothing was saved. Try again in a minute."))
                    .build();
        }
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Retry-After", retryAfter)
                .entity(pages.unavailable()).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * RESTEasy Reactive decodes a form or multipart body before any of our code runs, and reports a bad percent escape
     * or a truncated part as a plain IllegalArgumentException or IOException. Those are the sender's fault exactly when
     * the form body handler raised them.
     */
    private static boolean raisedReadingTheForm(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (FORM_BODY_HANDLER.equals(type)) {
                return true;
            }
            // Only the decoders may stand between the handler and the failure: anything else is not a parse error.
            if (!type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                    && !type.startsWith("org.jboss.resteasy.reactive.common.util.")
                    && !type.startsWith("java.")) {
                return false;
            }
        }
        return false;
    }

    private Response respond(UriInfo uri, Problem problem) {
        if (uri.getPath().startsWith("/api")) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.render(problem.status(), problem.title(), problem.detail()))
                .build();
    }
}
