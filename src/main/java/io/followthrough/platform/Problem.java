package io.followthrough.platform;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail, with the fields at fault when input was bad, and for an unexpected failure the
 * correlation id that its log line carries too.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, errors, id);
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message()
                : "There are " + errors.size() + " problems with the input.";
        return new Problem("about:blank", "Invalid input", 400, detail, errors);
    }
}
