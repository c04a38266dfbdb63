package org.meshbench.testcases.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.ui.internal.model.FakeClients;

class ClientFollowerTest {

    private final AtomicInteger changes = new AtomicInteger();
    private final ClientFollower follower = new ClientFollower(changes::incrementAndGet);
    private final FakeClients.State first = new FakeClients.State();
    private final FakeClients.State second = new FakeClients.State();

    @Test
    void listensToTheFollowedClientOnly() {
        follower.follow(Optional.of(FakeClients.client(first)));
        follower.follow(Optional.of(FakeClients.client(second)));

        assertEquals(0, first.listenerCount("addConnectionListener") + first.listenerCount("addConfigChangeListener"));
        assertEquals(1, second.listenerCount("addConnectionListener"));
        assertEquals(1, second.listenerCount("addConfigChangeListener"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsConnectionAndGatewayChanges() {
        follower.follow(Optional.of(FakeClients.client(first)));

        ((Consumer<Object>) first.listeners.get("addConnectionListener").get(0)).accept(null);
        ((Consumer<Object>) first.listeners.get("addConfigChangeListener").get(0)).accept(null);

        assertEquals(2, changes.get());
    }

    @Test
    void followingTheSameClientAgainChangesNothingAndCloseStops() {
        var client = FakeClients.client(first);
        follower.follow(Optional.of(client));
        follower.follow(Optional.of(client));
        assertEquals(1, first.listenerCount("addConnectionListener"));

        follower.close();

        assertEquals(0, first.listenerCount("addConnectionListener"));
    }
}
