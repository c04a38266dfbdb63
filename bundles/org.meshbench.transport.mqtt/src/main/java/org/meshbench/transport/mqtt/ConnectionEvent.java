package org.meshbench.transport.mqtt;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of a transport's connection state.
 *
 * @param state the new state
 * @param error why the connection failed or was lost; empty for requested changes
 * @param retryIn for {@link ConnectionState#RECONNECTING}: the wait before the next attempt
 * @param time when the change happened
 */
public record ConnectionEvent(ConnectionState state, Optional<ConnectionError> error,
        Optional<Duration> retryIn, Instant time) {

    /** Checks for nulls. */
    public ConnectionEvent {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(retryIn, "retryIn");
        Objects.requireNonNull(time, "time");
    }

    @Override
    public String toString() {
        return state + error.map(e -> " (" + e + ")").orElse("")
                + retryIn.map(d -> ", retry in " + d.toMillis() + " ms").orElse("");
    }
}
