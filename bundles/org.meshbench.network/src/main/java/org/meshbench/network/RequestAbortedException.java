package org.meshbench.network;

import java.util.Objects;

/** A request was not sent, or was given up before its response arrived. */
public final class RequestAbortedException extends NetworkException {

    private static final long serialVersionUID = 1L;

    /** Why a request was aborted. */
    public enum Reason {
        /** The client was not connected to the broker. */
        NOT_CONNECTED,
        /** The connection was lost while the request waited for its response. */
        CONNECTION_LOST,
        /** The client was closed. */
        CLOSED,
        /** Too many requests were waiting for responses. */
        TOO_MANY_PENDING,
        /** The broker did not accept the publish. */
        PUBLISH_FAILED
    }

    private final Reason reason;

    /**
     * @param reason why
     * @param message details
     * @param cause the underlying exception, may be null
     */
    public RequestAbortedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the request was aborted */
    public Reason reason() {
        return reason;
    }
}
