package io.followthrough.report;

/**
 * The lead's decision to publish a blocked item anyway, and why. Not called {@code Override}: a type of that name in
 * this package would hide {@code java.lang.Override} from every class in it.
 */
public record GuardOverride(String itemId, String reason) {

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
