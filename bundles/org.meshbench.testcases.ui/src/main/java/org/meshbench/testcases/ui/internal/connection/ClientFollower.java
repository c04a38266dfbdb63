package org.meshbench.testcases.ui.internal.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;

/**
 * Listens to the client the view currently uses and tells when its connection state or its
 * gateways change, so that the view can show the state and offer the networks it serves.
 * Following another client stops listening to the previous one. Thread-safe.
 */
public final class ClientFollower implements AutoCloseable {

    private final Runnable changed;
    private NetworkClient followed; // guarded by this
    private final List<ListenerRegistration> registrations = new ArrayList<>(); // guarded by this

    /** @param changed told of every change, on the client's listener threads; must return quickly */
    public ClientFollower(Runnable changed) {
        this.changed = changed;
    }

    /** @param client the client to follow from now on, or none */
    public synchronized void follow(Optional<NetworkClient> client) {
        if (client.orElse(null) == followed) {
            return;
        }
        stop();
        client.ifPresent(c -> {
            followed = c;
            registrations.add(c.addConnectionListener(event -> changed.run()));
            registrations.add(c.addConfigChangeListener(change -> changed.run()));
        });
    }

    /** Stops listening. */
    @Override
    public synchronized void close() {
        stop();
    }

    private void stop() {
        registrations.forEach(ListenerRegistration::close);
        registrations.clear();
        followed = null;
    }
}
