package org.meshbench.ui.services;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;

/**
 * Keeps a view's listeners on whichever client it follows: following another client removes them from the previous
 * one and adds them to the new one. The client is never closed here. Thread-safe.
 *
 * @since 0.1
 */
public final class ClientListeners implements AutoCloseable {

    private final Function<NetworkClient, List<ListenerRegistration>> register;
    private NetworkClient followed; // guarded by this
    private List<ListenerRegistration> registrations = List.of(); // guarded by this
    private long droppedBefore; // guarded by this: dropped by the listeners on earlier clients

    /** @param register adds the view's listeners to a client; they must return quickly */
    public ClientListeners(Function<NetworkClient, List<ListenerRegistration>> register) {
        this.register = register;
    }

    /**
     * @param client the client to listen to from now on, or none
     * @return whether that is another client than before
     */
    public synchronized boolean follow(Optional<NetworkClient> client) {
        if (client.orElse(null) == followed) {
            return false;
        }
        stop();
        followed = client.orElse(null);
        registrations = client.map(register).orElse(List.of());
        return true;
    }

    /** @return events the clients dropped because these listeners fell behind, over every client followed */
    public synchronized long dropped() {
        return droppedBefore + registrations.stream().mapToLong(ListenerRegistration::dropped).sum();
    }

    /** Removes the listeners. */
    @Override
    public synchronized void close() {
        stop();
    }

    private void stop() {
        droppedBefore += registrations.stream().mapToLong(ListenerRegistration::dropped).sum();
        registrations.forEach(ListenerRegistration::close);
        registrations = List.of();
        followed = null;
    }
}
