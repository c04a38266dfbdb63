package org.meshbench.transport.mqtt;

import java.util.Optional;

/**
 * A transport operation failed: the connection could not be made, or a publish, subscribe or
 * unsubscribe was not acknowledged.
 */
public class MqttTransportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The connection failure behind this exception; null for other failures. */
    private final ConnectionError connectionError;

    /**
     * @param message what failed
     * @param cause the underlying exception, may be null
     */
    public MqttTransportException(String message, Throwable cause) {
        super(message, cause);
        this.connectionError = null;
    }

    /**
     * @param error the connection failure
     * @param cause the underlying exception, may be null
     */
    public MqttTransportException(ConnectionError error, Throwable cause) {
        super(error.toString(), cause);
        this.connectionError = error;
    }

    /** @return the connection failure, if this exception reports one */
    public Optional<ConnectionError> connectionError() {
        return Optional.ofNullable(connectionError);
    }
}
