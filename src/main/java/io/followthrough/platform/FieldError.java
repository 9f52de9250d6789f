package io.followthrough.platform;

/** One bad field: the JSON property or form field name, and a message a person can act on. */
public record FieldError(String field, String message) {
}
