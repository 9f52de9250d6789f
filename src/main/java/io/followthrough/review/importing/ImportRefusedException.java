package io.followthrough.review.importing;

import io.followthrough.platform.InvalidInputException;

/**
 * The uploaded file cannot be turned into a draft. The message tells the person what to do about it; the reason
 * lets the API choose its status (for example 413 for {@link Reason#TOO_LARGE}).
 */
public class ImportRefusedException extends InvalidInputException {

    public enum Reason {
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        UNREADABLE,
        PASSWORD_PROTECTED,
        TOO_SLOW
    }

    public static final String FIELD = "file";

    private final Reason reason;

    public ImportRefusedException(Reason reason, String message) {
        super(FIELD, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
