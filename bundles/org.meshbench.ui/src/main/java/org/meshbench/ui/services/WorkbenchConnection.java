package org.meshbench.ui.services;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;
import org.osgi.framework.BundleContext;

/**
 * How a view of another bundle follows the workbench's connection ({@link SharedConnection}): it keeps the view's
 * listeners on the shared client while there is one and tells of every change, a client coming or going as well as
 * whatever the listeners report. The client belongs to the workbench and is never closed here. Thread-safe.
 *
 * @since 0.1
 */
public final class WorkbenchConnection implements AutoCloseable {

    private final ServiceFollower<NetworkClient> clients;
    private final ClientListeners listeners;
    private final Runnable changed;

    /**
     * @param context  the view bundle's context
     * @param register adds the view's listeners to a client
     * @param changed  told when the client comes, goes or is replaced, on the thread that changed the service; it
     *                 should only ask for a refresh
     */
    public WorkbenchConnection(BundleContext context, Function<NetworkClient, List<ListenerRegistration>> register,
            Runnable changed) {
        this.listeners = new ClientListeners(register);
        this.changed = changed;
        this.clients = new ServiceFollower<>(context, NetworkClient.class, SharedConnection.FILTER, this::follow);
    }

    /** Starts following; a connection already open is used at once. */
    public void open() {
        clients.open();
    }

    /** @return the workbench's client, while its connection is open */
    public Optional<NetworkClient> client() {
        return clients.current();
    }

    /** @return events the clients dropped because the view's listeners fell behind */
    public long dropped() {
        return listeners.dropped();
    }

    /**
     * @param client the workbench's client
     * @return where it connects and how it is doing, e.g. {@code Workbench connection to tcp://…: connected}
     */
    public static String describe(NetworkClient client) {
        return "Workbench connection to " + client.mqttOptions().broker() + ": "
                + client.connectionState().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        clients.close();
        listeners.close();
    }

    private void follow() {
        listeners.follow(clients.current());
        changed.run();
    }
}
