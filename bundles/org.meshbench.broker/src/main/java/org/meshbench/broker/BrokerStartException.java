package org.meshbench.broker;

import java.util.Objects;

/**
 * Why an {@link EmbeddedBroker} did not start. Nothing of the failed attempt is left running.
 */
public final class BrokerStartException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure a caller may want to tell apart, for example to retry on another port. */
    public enum Reason {
        /** Another socket already listens on the requested address and port. */
        PORT_IN_USE,
        /** The TLS certificate chain or private key is unreadable, malformed or inconsistent. */
        TLS_MATERIAL,
        /** The password file is unreadable or has a malformed entry. */
        PASSWORD_FILE,
        /** Anything else, for example a bind address that is not one of this host's. */
        BROKER_FAILURE
    }

    private final Reason reason;

    /**
     * @param reason the kind of failure
     * @param message what failed, naming the file, line or port concerned
     * @param cause the underlying error, or {@code null}
     */
    public BrokerStartException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the kind of failure */
    public Reason reason() {
        return reason;
    }
}
