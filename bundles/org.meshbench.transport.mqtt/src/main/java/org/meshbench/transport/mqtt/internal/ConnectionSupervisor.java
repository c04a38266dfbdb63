package org.meshbench.transport.mqtt.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttAsyncClient;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.meshbench.transport.mqtt.ConnectionError;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.ReconnectPolicy;

/**
 * The connection state machine: connect, reconnect with backoff, re-subscribe, disconnect.
 * All state changes happen under one lock and are emitted in that order; Paho is only called
 * in ways that never block, so the lock is held briefly. Thread-safe.
 * <p>
 * Paho's connect timeout covers only the TCP connect: a listener that takes the connection and
 * never answers CONNECT (a hung broker or proxy, a broker that is shutting down) would hold the
 * attempt, and with it every reconnect, until the keep-alive. So each attempt has its own
 * deadline of the connect timeout for TCP and CONNACK together, after which it is abandoned as a
 * TIMEOUT and the connection dropped.
 */
final class ConnectionSupervisor {
    private static final System.Logger LOG = System.getLogger(ConnectionSupervisor.class.getName());
    private static final long QUIESCE_MILLIS = 1_000;
    private static final long FORCED_DISCONNECT_MILLIS = 100;

    private final Object lock = new Object();
    private final IMqttAsyncClient client;
    private final MqttConnectOptions connectOptions;
    private final ReconnectPolicy policy;
    private final Backoff backoff;
    private final ScheduledExecutorService timer;
    private final ConnectionEvents events;
    private final SubscriptionSender sender;

    // Guarded by lock.
    private boolean wanted;
    private boolean reconnecting;
    private boolean attemptInFlight;
    private long attempt; // numbers the attempts, so that a late answer to an abandoned one is ignored
    private ScheduledFuture<?> attemptDeadline;
    private boolean sessionActive;
    private boolean closed;
    private CompletableFuture<Void> pendingConnect;
    private ScheduledFuture<?> retryTimer;

    ConnectionSupervisor(IMqttAsyncClient client, MqttConnectOptions connectOptions,
            ReconnectPolicy policy, Backoff backoff, ScheduledExecutorService timer,
            ConnectionEvents events, SubscriptionSender sender) {
        this.client = client;
        this.connectOptions = connectOptions;
        this.policy = policy;
        this.backoff = backoff;
        this.timer = timer;
        this.events = events;
        this.sender = sender;
    }

    CompletableFuture<Void> connect() {
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("transport closed"));
            }
            if (events.state() == ConnectionState.CONNECTED) {
                return CompletableFuture.completedFuture(null);
            }
            if (pendingConnect != null) {
                return pendingConnect.copy();
            }
            wanted = true;
            reconnecting = false;
            cancelRetry();
            pendingConnect = new CompletableFuture<>();
            CompletableFuture<Void> result = pendingConnect.copy();
            events.emit(ConnectionState.CONNECTING, null, null);
            startAttempt();
            return result;
        }
    }

    /** Adds a subscription and sends it now if a session is up; else the next connect does. */
    void subscribe(Subscription subscription) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("transport closed");
            }
            sender.table().add(subscription);
            if (sessionActive) {
                sender.subscribe(List.of(subscription), () -> { });
            }
        }
    }

    CompletableFuture<Void> unsubscribe(String filter) {
        synchronized (lock) {
            Subscription removed = sender.table().remove(filter);
            if (removed == null) {
                return CompletableFuture.completedFuture(null);
            }
            removed.deactivate();
            return sessionActive ? sender.unsubscribe(removed)
                    : CompletableFuture.completedFuture(null);
        }
    }

    /** @return whether the caller should now disconnect Paho cleanly */
    boolean stopForDisconnect() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            stopWanting("disconnect requested");
            return client.isConnected();
        }
    }

    /**
     * Marks the transport closed and fails the futures nobody will complete any more.
     *
     * @return false if it was closed already
     */
    boolean stopForClose() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            closed = true;
            stopWanting("transport closed");
            for (Subscription subscription : sender.table().all()) {
                subscription.acknowledged().completeExceptionally(new MqttTransportException(
                        "transport closed before the subscription was made", null));
            }
            return true;
        }
    }

    void emitClosed(Runnable afterwards) {
        synchronized (lock) {
            events.emit(ConnectionState.CLOSED, null, null, afterwards);
        }
    }

    private void stopWanting(String why) {
        wanted = false;
        sessionActive = false;
        cancelRetry();
        if (pendingConnect != null) {
            pendingConnect.completeExceptionally(new MqttTransportException(why, null));
            pendingConnect = null;
        }
        if (events.state() != ConnectionState.DISCONNECTED) {
            events.emit(ConnectionState.DISCONNECTED, null, null);
        }
    }

    private void startAttempt() {
        if (attemptInFlight) {
            return;
        }
        attemptInFlight = true;
        long number = ++attempt;
        long timeoutSeconds = connectOptions.getConnectionTimeout();
        if (timeoutSeconds > 0) {
            attemptDeadline = timer.schedule(() -> abandonAttempt(number), timeoutSeconds, TimeUnit.SECONDS);
        }
        try {
            client.connect(connectOptions, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    onConnack(number);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    onAttemptFailed(number, failure);
                }
            });
        } catch (MqttException e) {
            onAttemptFailed(number, e);
        }
    }

    /** Called under lock: whether this attempt is still the one in flight, which it then ends. */
    private boolean endAttempt(long number) {
        if (!attemptInFlight || number != attempt) {
            return false;
        }
        attemptInFlight = false;
        if (attemptDeadline != null) {
            attemptDeadline.cancel(false);
            attemptDeadline = null;
        }
        return true;
    }

    private void abandonAttempt(long number) {
        MqttException timeout = new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT);
        synchronized (lock) {
            if (!endAttempt(number)) {
                return;
            }
        }
        try {
            // No quiesce, and at most a brief wait for the DISCONNECT nobody reads: this runs on the timer thread.
            client.disconnectForcibly(0, FORCED_DISCONNECT_MILLIS);
        } catch (MqttException e) {
            LOG.log(System.Logger.Level.DEBUG, "dropping an unanswered connect failed", e);
        }
        ConnectionError error = ConnectionErrors.ofConnectFailure(timeout, connectOptions.getUserName() != null);
        synchronized (lock) {
            handleFailure(error, timeout);
        }
    }

    private void onConnack(long number) {
        List<Subscription> toRestore;
        synchronized (lock) {
            if (!endAttempt(number)) {
                return; // abandoned: its connection is being dropped
            }
            if (!wanted) {
                disconnectQuietly();
                return;
            }
            sessionActive = true;
            toRestore = sender.table().all();
        }
        if (toRestore.isEmpty()) {
            markConnected();
        } else {
            sender.subscribe(toRestore, this::markConnected);
        }
    }

    private void markConnected() {
        synchronized (lock) {
            if (!sessionActive) {
                return;
            }
            backoff.reset();
            reconnecting = false;
            CompletableFuture<Void> done = pendingConnect;
            pendingConnect = null;
            events.emit(ConnectionState.CONNECTED, null, null, () -> {
                if (done != null) {
                    done.complete(null);
                }
            });
        }
    }

    private void onAttemptFailed(long number, Throwable failure) {
        ConnectionError error = ConnectionErrors.ofConnectFailure(failure,
                connectOptions.getUserName() != null);
        synchronized (lock) {
            if (endAttempt(number)) {
                handleFailure(error, failure);
            }
        }
    }

    /** Paho's connectionLost: the session broke, after or even before CONNECTED. */
    void onConnectionLost(Throwable cause) {
        ConnectionError error = ConnectionErrors.ofConnectionLoss(cause);
        synchronized (lock) {
            sessionActive = false;
            if (events.state() == ConnectionState.CONNECTED && wanted) {
                LOG.log(System.Logger.Level.INFO, "connection lost: {0}", error);
                events.emit(ConnectionState.DISCONNECTED, error, null);
                reconnecting = policy.enabled();
                wanted = policy.enabled();
            }
            handleFailure(error, cause);
        }
    }

    /** Called under lock: retry while reconnecting, else report the failed connect. */
    private void handleFailure(ConnectionError error, Throwable cause) {
        if (!wanted) {
            return;
        }
        if (reconnecting) {
            Duration delay = backoff.next();
            events.emit(ConnectionState.RECONNECTING, error, delay);
            retryTimer = timer.schedule(this::retry, delay.toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        wanted = false;
        CompletableFuture<Void> failed = pendingConnect;
        pendingConnect = null;
        events.emit(ConnectionState.DISCONNECTED, error, null, () -> {
            if (failed != null) {
                failed.completeExceptionally(new MqttTransportException(error, cause));
            }
        });
    }

    private void retry() {
        synchronized (lock) {
            retryTimer = null;
            if (wanted) {
                startAttempt();
            }
        }
    }

    private void cancelRetry() {
        if (retryTimer != null) {
            retryTimer.cancel(false);
            retryTimer = null;
        }
    }

    /** The user gave up while the attempt was under way: leave the broker cleanly. */
    private void disconnectQuietly() {
        try {
            client.disconnect(QUIESCE_MILLIS);
        } catch (MqttException e) {
            LOG.log(System.Logger.Level.DEBUG, "disconnect after a cancelled connect failed", e);
        }
    }
}
