package org.meshbench.ui.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;

class ClientListenersTest {

    /** A listener on one client, with the drops that client counted for it. */
    private static final class Listener implements ListenerRegistration {
        final NetworkClient client;
        long dropped;
        boolean closed;

        Listener(NetworkClient client) {
            this.client = client;
        }

        @Override
        public long dropped() {
            return dropped;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<Listener> added = new ArrayList<>();
    private final ClientListeners listeners = new ClientListeners(client -> {
        Listener listener = new Listener(client);
        added.add(listener);
        return List.of(listener);
    });
    private final NetworkClient first = client();
    private final NetworkClient second = client();

    @Test
    void listensToTheFollowedClientOnly() {
        assertTrue(listeners.follow(Optional.of(first)));
        assertTrue(listeners.follow(Optional.of(second)));

        assertEquals(List.of(first, second), added.stream().map(l -> l.client).toList());
        assertTrue(added.get(0).closed);
        assertFalse(added.get(1).closed);
    }

    @Test
    void followingTheSameClientAgainChangesNothingAndCloseStops() {
        listeners.follow(Optional.of(first));
        assertFalse(listeners.follow(Optional.of(first)));
        assertEquals(1, added.size());

        listeners.close();

        assertTrue(added.get(0).closed);
    }

    @Test
    void noClientMeansNoListeners() {
        listeners.follow(Optional.of(first));
        assertTrue(listeners.follow(Optional.empty()));

        assertTrue(added.get(0).closed);
        assertEquals(1, added.size());
    }

    @Test
    void dropsAddUpOverEveryClientFollowed() {
        listeners.follow(Optional.of(first));
        added.get(0).dropped = 5;
        listeners.follow(Optional.of(second));
        added.get(1).dropped = 2;

        assertEquals(7, listeners.dropped());
        listeners.close();
        assertEquals(7, listeners.dropped());
    }

    /** Only the identity of a client matters here. */
    private static NetworkClient client() {
        return (NetworkClient) Proxy.newProxyInstance(ClientListenersTest.class.getClassLoader(),
                new Class<?>[] {NetworkClient.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
