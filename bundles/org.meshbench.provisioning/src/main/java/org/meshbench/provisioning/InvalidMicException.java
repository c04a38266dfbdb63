package org.meshbench.provisioning;

/** A secured DATA frame whose MIC does not match its contents: wrong key, wrong IV, or changed bytes. */
public final class InvalidMicException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the details */
    public InvalidMicException(String message) {
        super(message);
    }
}
