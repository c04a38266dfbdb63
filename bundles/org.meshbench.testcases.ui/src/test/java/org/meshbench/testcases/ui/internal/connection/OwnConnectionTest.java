package org.meshbench.testcases.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.transport.mqtt.MqttOptions;

class OwnConnectionTest {

    private final AtomicInteger changes = new AtomicInteger();
    private final OwnConnection connection = new OwnConnection(changes::incrementAndGet);
    private final List<FakeNetworkClient> opened = new ArrayList<>();
    private final NetworkClientFactory factory = new NetworkClientFactory() {
        @Override
        public NetworkClient open(MqttOptions mqtt) {
            FakeNetworkClient client = new FakeNetworkClient(mqtt);
            opened.add(client);
            return client;
        }

        @Override
        public NetworkClient open(MqttOptions mqtt, NetworkClientOptions options) {
            return open(mqtt);
        }
    };

    @Test
    void opensAClientForTheTypedBrokerAndFollowsItsState() {
        CompletableFuture<Void> connected = connection.connect(factory, "tcp://127.0.0.1:18830");

        assertTrue(connected.isDone());
        assertEquals("tcp://127.0.0.1:18830", connection.client().orElseThrow().mqttOptions().broker().toString());
        assertEquals(1, opened.get(0).connectionListenerCount());
        assertEquals("", connection.error());
        assertEquals(1, changes.get());
    }

    @Test
    void aNewConnectionClosesThePreviousOne() {
        connection.connect(factory, "tcp://127.0.0.1:18830");
        connection.connect(factory, "tcp://127.0.0.1:18831");

        assertTrue(opened.get(0).isClosed());
        assertEquals(0, opened.get(0).connectionListenerCount());
        assertEquals("tcp://127.0.0.1:18831", connection.client().orElseThrow().mqttOptions().broker().toString());
    }

    @Test
    void aFailedFirstConnectionIsClosedAndItsErrorKept() {
        CompletableFuture<Void> refused = new CompletableFuture<>();
        connection.connect(factory, "tcp://127.0.0.1:18830");
        connection.close();
        FakeNetworkClient next = new FakeNetworkClient();
        next.connectResult(refused);
        NetworkClientFactory refusing = new NetworkClientFactory() {
            @Override
            public NetworkClient open(MqttOptions mqtt) {
                return next;
            }

            @Override
            public NetworkClient open(MqttOptions mqtt, NetworkClientOptions options) {
                return open(mqtt);
            }
        };

        connection.connect(refusing, "tcp://127.0.0.1:18830");
        refused.completeExceptionally(new ConnectException("Connection refused"));

        assertTrue(next.isClosed());
        assertEquals(Optional.empty(), connection.client());
        assertEquals("Connection refused", connection.error());
    }

    @Test
    void aBadUrlIsReportedWithoutOpeningAClient() {
        CompletableFuture<Void> result = connection.connect(factory, "127.0.0.1:1883");

        assertTrue(result.isCompletedExceptionally());
        assertEquals(List.of(), opened);
        assertTrue(connection.error().contains("127.0.0.1:1883"), connection.error());
        assertEquals(1, changes.get());
    }

    @Test
    void closingTwiceReportsOnce() {
        connection.connect(factory, "tcp://127.0.0.1:18830");
        int before = changes.get();

        connection.close();
        connection.close();

        assertSame(Optional.empty(), connection.client());
        assertEquals(before + 1, changes.get());
    }
}
