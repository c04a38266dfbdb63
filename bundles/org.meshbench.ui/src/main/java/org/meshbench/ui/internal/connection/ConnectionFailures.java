package org.meshbench.ui.internal.connection;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.meshbench.transport.mqtt.ConnectionError;
import org.meshbench.transport.mqtt.ConnectionErrorKind;
import org.meshbench.transport.mqtt.MqttTransportException;

/** Finds the typed connection error behind a failed connect future. */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * @param failure why a connect future failed, possibly wrapped by {@code CompletableFuture}
     * @return the transport's connection error, or an {@link ConnectionErrorKind#UNKNOWN} one with the message
     */
    public static ConnectionError errorOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof MqttTransportException transport && transport.connectionError().isPresent()) {
            return transport.connectionError().get();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ConnectionError(ConnectionErrorKind.UNKNOWN, message);
    }
}
