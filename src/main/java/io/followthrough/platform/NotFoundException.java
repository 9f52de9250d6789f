package io.followthrough.platform;

/** A thing asked for by id that does not exist (or that the caller may not know exists). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("There is no " + what + " with id " + id + ".");
    }

    public NotFoundException(String message) {
        super(message);
    }
}
