package io.followthrough.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures as the fields a client or a form knows. */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> of(ConstraintViolationException e) {
        return of(e.getConstraintViolations());
    }

    /** The failures of a validation run by hand (a dry run), as fields. */
    public static List<FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .toList();
    }

    /** Every error of a failed change, whether a constraint or a service rule found it. */
    public static List<FieldError> of(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors();
        }
        if (e instanceof ConstraintViolationException violations) {
            return of(violations);
        }
        throw e;
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // The path is method.argument.field...; the client only knows the field.
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.size() > 2 ? String.join(".", names.subList(2, names.size())) : names.get(names.size() - 1);
    }
}
