package io.followthrough.platform.web;

import io.followthrough.platform.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Errors of a submitted form, for the GOV.UK error summary and the message beside each field. */
public class FormErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(List<FieldError> errors) {
        FormErrors form = new FormErrors();
        form.errors.addAll(errors);
        return form;
    }

    /** The errors of a change a service refused. */
    public static FormErrors of(RuntimeException refused) {
        return of(io.followthrough.platform.Violations.of(refused));
    }

    public FormErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isAny() {
        return !errors.isEmpty();
    }

    public List<FieldError> getList() {
        return List.copyOf(errors);
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The first message for a field, or an empty string. */
    public String of(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse("");
    }
}
