package org.meshbench.ui.internal.network;

import java.util.List;
import org.meshbench.network.DataFilter;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;
import org.meshbench.ui.internal.connection.BrokerConnection;
import org.meshbench.ui.internal.connection.Registration;

/**
 * Keeps model listeners on whichever client the workbench's connection has, and reports every change: a new client,
 * a connection state change, a gateway or sink change, received data (node counts). Reports come on any thread.
 * Thread-safe.
 */
final class ClientWatch implements AutoCloseable {

    private final BrokerConnection connection;
    private final Runnable changed;
    private final Registration connectionChanges;
    private NetworkClient watched; // guarded by this
    private List<ListenerRegistration> modelListeners = List.of(); // guarded by this

    /**
     * @param connection the workbench's connection
     * @param changed    told of every change, on any thread; it should only ask for a refresh
     */
    ClientWatch(BrokerConnection connection, Runnable changed) {
        this.connection = connection;
        this.changed = changed;
        this.connectionChanges = connection.addChangeListener(this::connectionChanged);
        connectionChanged();
    }

    private synchronized void connectionChanged() {
        NetworkClient current = connection.client().orElse(null);
        if (current != watched) {
            modelListeners.forEach(ListenerRegistration::close);
            watched = current;
            modelListeners = current == null ? List.of() : List.of(
                    current.addConfigChangeListener(change -> changed.run()),
                    current.addDataListener(DataFilter.ALL, packet -> changed.run()));
        }
        changed.run();
    }

    @Override
    public synchronized void close() {
        connectionChanges.close();
        modelListeners.forEach(ListenerRegistration::close);
        modelListeners = List.of();
        watched = null;
    }
}
