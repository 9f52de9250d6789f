package io.followthrough.platform;

/** A change made against a version that someone else has since replaced; nothing was saved. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
