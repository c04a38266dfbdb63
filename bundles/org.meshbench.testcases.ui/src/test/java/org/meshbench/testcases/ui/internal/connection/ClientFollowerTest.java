package org.meshbench.testcases.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.transport.mqtt.ConnectionState;

class ClientFollowerTest {

    private final AtomicInteger changes = new AtomicInteger();
    private final ClientFollower follower = new ClientFollower(changes::incrementAndGet);
    private final FakeNetworkClient first = new FakeNetworkClient();
    private final FakeNetworkClient second = new FakeNetworkClient();

    @Test
    void listensToTheFollowedClientOnly() {
        follower.follow(Optional.of(first));
        follower.follow(Optional.of(second));

        assertEquals(0, first.connectionListenerCount() + first.configChangeListenerCount());
        assertEquals(1, second.connectionListenerCount());
        assertEquals(1, second.configChangeListenerCount());
    }

    @Test
    void reportsConnectionAndGatewayChanges() {
        follower.follow(Optional.of(first));

        first.changeConnection(ConnectionState.CONNECTING);
        first.addGateway("gw1");

        assertEquals(2, changes.get());
    }

    @Test
    void followingTheSameClientAgainChangesNothingAndCloseStops() {
        follower.follow(Optional.of(first));
        follower.follow(Optional.of(first));
        assertEquals(1, first.connectionListenerCount());

        follower.close();

        assertEquals(0, first.connectionListenerCount());
    }
}
