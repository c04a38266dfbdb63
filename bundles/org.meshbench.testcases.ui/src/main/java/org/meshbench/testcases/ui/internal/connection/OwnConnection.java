package org.meshbench.testcases.ui.internal.connection;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;

/**
 * The view's own broker connection, the fallback while the workbench offers none. At most one
 * client at a time; a new {@link #connect} closes the previous one, and a first connection that
 * fails is closed again and its error kept. Thread-safe; the change callback runs on whichever
 * thread made the change and must return quickly.
 */
public final class OwnConnection implements AutoCloseable {

    private final Runnable changed;
    private NetworkClient client; // guarded by this
    private ListenerRegistration events; // guarded by this
    private String error = ""; // guarded by this

    /** @param changed told when the client is replaced, fails or changes its connection state */
    public OwnConnection(Runnable changed) {
        this.changed = changed;
    }

    /**
     * Opens a client for the broker and connects it.
     *
     * @param factory opens the client
     * @param brokerUrl {@code tcp://host:port} or another URL the transport understands
     * @return completes when connected; fails with the transport's error
     */
    public CompletableFuture<Void> connect(NetworkClientFactory factory, String brokerUrl) {
        NetworkClient opened;
        synchronized (this) {
            closeClient();
            try {
                opened = factory.open(MqttOptions.builder().broker(brokerUrl).build());
            } catch (IllegalArgumentException | MqttTransportException e) {
                error = e.getMessage();
                changed.run();
                return CompletableFuture.failedFuture(e);
            }
            client = opened;
            error = "";
            events = opened.addConnectionListener(event -> changed.run());
        }
        changed.run();
        return opened.connect().whenComplete((ignored, failure) -> {
            if (failure != null) {
                failed(opened, failure);
            }
        });
    }

    /** @return the client, from {@link #connect} until it fails or is closed */
    public synchronized Optional<NetworkClient> client() {
        return Optional.ofNullable(client);
    }

    /** @return why the last connection attempt failed; empty if it did not */
    public synchronized String error() {
        return error;
    }

    /** Closes the client, if any. */
    @Override
    public void close() {
        synchronized (this) {
            if (client == null) {
                return;
            }
            closeClient();
        }
        changed.run();
    }

    private void failed(NetworkClient attempt, Throwable failure) {
        synchronized (this) {
            if (attempt != client) {
                return; // replaced meanwhile
            }
            closeClient();
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            error = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        }
        changed.run();
    }

    /** Removes the state listener first, so that closing does not report a change twice. */
    private void closeClient() {
        if (client != null) {
            events.close();
            client.close();
            client = null;
            events = null;
        }
    }
}
