package org.meshbench.transport.mqtt;

import java.io.Serializable;
import java.util.Objects;

/**
 * A connection failure, ready to show to a user.
 *
 * @param kind the category of the failure
 * @param message what happened, including the underlying cause's message (never a password)
 */
public record ConnectionError(ConnectionErrorKind kind, String message) implements Serializable {

    /** Checks for nulls. */
    public ConnectionError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
