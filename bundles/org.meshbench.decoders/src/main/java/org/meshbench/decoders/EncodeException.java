package org.meshbench.decoders;

/**
 * Thrown when named fields cannot be turned into a payload: a field is missing, has the wrong
 * type or is out of range. The message names the field.
 *
 * @since 0.1
 */
public class EncodeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, naming the field */
    public EncodeException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public EncodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
