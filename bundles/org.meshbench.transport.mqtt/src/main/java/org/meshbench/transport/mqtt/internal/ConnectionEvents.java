package org.meshbench.transport.mqtt.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.meshbench.transport.mqtt.ConnectionError;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionListener;
import org.meshbench.transport.mqtt.ConnectionState;

/**
 * Holds the current connection state and tells listeners about changes, in order, on a
 * serial executor. The state is updated at once, so {@link #state()} never lags behind an
 * event that was already emitted. Thread-safe.
 */
final class ConnectionEvents {
    private static final System.Logger LOG = System.getLogger(ConnectionEvents.class.getName());

    private final CopyOnWriteArrayList<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final SerialExecutor executor;
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;

    ConnectionEvents(Executor pool) {
        this.executor = new SerialExecutor(pool);
    }

    ConnectionState state() {
        return state;
    }

    void add(ConnectionListener listener) {
        listeners.addIfAbsent(Objects.requireNonNull(listener, "listener"));
    }

    void remove(ConnectionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Changes the state and queues the notification; {@code afterwards} runs on the same
     * executor once every listener has seen the event (used to complete futures after it).
     */
    void emit(ConnectionState newState, ConnectionError error, Duration retryIn,
            Runnable afterwards) {
        state = newState;
        ConnectionEvent event = new ConnectionEvent(newState, Optional.ofNullable(error),
                Optional.ofNullable(retryIn), Instant.now());
        Runnable notifyAll = () -> {
            listeners.forEach(listener -> notifyOne(listener, event));
            afterwards.run();
        };
        try {
            executor.execute(notifyAll);
        } catch (RejectedExecutionException e) {
            notifyAll.run();
        }
    }

    void emit(ConnectionState newState, ConnectionError error, Duration retryIn) {
        emit(newState, error, retryIn, () -> { });
    }

    private static void notifyOne(ConnectionListener listener, ConnectionEvent event) {
        try {
            listener.connectionChanged(event);
        } catch (Throwable e) { // the other listeners are told all the same
            LOG.log(System.Logger.Level.WARNING, "connection listener failed on " + event, e);
        }
    }
}
