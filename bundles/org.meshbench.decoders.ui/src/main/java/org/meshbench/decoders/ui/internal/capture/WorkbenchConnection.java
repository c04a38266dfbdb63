package org.meshbench.decoders.ui.internal.capture;

import java.util.Optional;
import java.util.function.Consumer;
import org.meshbench.network.DataFilter;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.ui.services.ServiceFollower;
import org.meshbench.ui.services.SharedConnection;
import org.osgi.framework.BundleContext;

/**
 * Follows the workbench's shared connection ({@link SharedConnection}) and hands
 * every packet it receives on. Switching clients stops listening to the previous one; the client
 * itself belongs to the workbench and is never closed here. Thread-safe.
 */
public final class WorkbenchConnection implements AutoCloseable {

    private final ServiceFollower<NetworkClient> clients;
    private final Consumer<ReceivedPacket> packets;
    private NetworkClient followed; // guarded by this
    private ListenerRegistration registration; // guarded by this
    private long droppedBefore; // guarded by this: dropped by the listeners of earlier clients

    /**
     * @param context the view bundle's context
     * @param packets receives the packets, on the client's listener thread; must return quickly
     */
    public WorkbenchConnection(BundleContext context, Consumer<ReceivedPacket> packets) {
        this.packets = packets;
        this.clients = new ServiceFollower<>(context, NetworkClient.class, SharedConnection.FILTER,
                this::follow);
    }

    /** Starts following; a connection already open is used at once. */
    public void open() {
        clients.open();
    }

    /** @return the workbench's client, if a connection is open */
    public Optional<NetworkClient> client() {
        return clients.current();
    }

    /** @return packets the client dropped because this view's listener fell behind */
    public synchronized long dropped() {
        return droppedBefore + (registration == null ? 0 : registration.dropped());
    }

    @Override
    public void close() {
        clients.close();
        synchronized (this) {
            stop();
        }
    }

    private synchronized void follow() {
        NetworkClient current = clients.current().orElse(null);
        if (current != followed) {
            stop();
            followed = current;
            if (current != null) {
                registration = current.addDataListener(DataFilter.ALL, packets);
            }
        }
    }

    private void stop() {
        if (registration != null) {
            droppedBefore += registration.dropped();
            registration.close();
            registration = null;
        }
        followed = null;
    }
}
