package org.meshbench.ui.internal.connection;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.ConnectionError;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionState;

/**
 * Where the workbench's connection stands. Immutable.
 *
 * @param broker  the broker connected to or last tried, empty before the first connect
 * @param state   the connection state
 * @param error   why the last attempt failed or the connection was lost
 * @param retryIn while reconnecting: the wait before the next attempt
 */
public record ConnectionStatus(Optional<BrokerUrl> broker, ConnectionState state, Optional<ConnectionError> error,
        Optional<Duration> retryIn) {

    /** Before the first connect. */
    public static final ConnectionStatus NOT_CONNECTED =
            new ConnectionStatus(Optional.empty(), ConnectionState.DISCONNECTED, Optional.empty(), Optional.empty());

    /** Checks for nulls. */
    public ConnectionStatus {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(retryIn, "retryIn");
    }

    /**
     * @param broker the broker
     * @param event  a change of the transport's state
     * @return the status after that change
     */
    public static ConnectionStatus of(BrokerUrl broker, ConnectionEvent event) {
        return new ConnectionStatus(Optional.of(broker), event.state(), event.error(), event.retryIn());
    }

    /**
     * @param broker the broker
     * @param state  the state
     * @param error  why, if it failed
     * @return a status without retry delay
     */
    public static ConnectionStatus of(BrokerUrl broker, ConnectionState state, Optional<ConnectionError> error) {
        return new ConnectionStatus(Optional.of(broker), state, error, Optional.empty());
    }
}
