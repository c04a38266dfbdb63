package org.meshbench.ui.internal.connection;

import org.meshbench.transport.mqtt.ConnectionError;

/**
 * Says what a connection failure means and what to check, then names its kind, so that a user can tell a typo in
 * the host from a wrong password at a glance and still quote the kind in a bug report.
 */
public final class ConnectionErrorText {

    private ConnectionErrorText() {
    }

    /**
     * @param error a connection failure
     * @return for example {@code The broker rejected the user name or password (BAD_CREDENTIALS): …}
     */
    public static String describe(ConnectionError error) {
        return headline(error) + " (" + error.kind() + "): " + error.message();
    }

    /**
     * @param failure why a connect future failed, possibly wrapped by {@code CompletableFuture}
     * @return the description of its connection error
     */
    public static String describe(Throwable failure) {
        return describe(ConnectionFailures.errorOf(failure));
    }

    private static String headline(ConnectionError error) {
        return switch (error.kind()) {
            case UNKNOWN_HOST -> "Unknown host: check the broker URL";
            case CONNECTION_REFUSED -> "Connection refused: nothing listens on that port, or the broker is down";
            case TIMEOUT -> "The broker did not answer in time";
            case BAD_CREDENTIALS -> "The broker rejected the user name or password";
            case NOT_AUTHORIZED -> "The broker does not let this client in";
            case TLS_FAILURE -> "TLS failure: check the CA file, the client certificate and key, or the broker URL";
            case PROTOCOL -> "The broker refused the protocol version or the client id";
            case CONNECTION_LOST -> "The connection was lost";
            case UNKNOWN -> "The connection failed";
        };
    }
}
