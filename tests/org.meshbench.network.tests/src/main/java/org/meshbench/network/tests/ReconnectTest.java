package org.meshbench.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.GatewayState;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.RequestAbortedException;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.Waits;
import org.meshbench.transport.mqtt.ConnectionState;

/** The broker restarts: pending requests are released, then everything works again. */
class ReconnectTest {
    private NetworkFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new NetworkFixture(MosquittoBroker.builder().start());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void recoversAfterTheBrokerRestarts() throws Exception {
        MinimalGateway gateway = fixture.gateway(MinimalGateway.builder("gw-a")
                .sink(NetworkFixture.sink("sink0", 7, 1)));
        NetworkClient client = fixture.client();
        NetworkFixture.awaitOnline(client, "gw-a");
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        client.addConnectionListener(event -> states.add(event.state()));
        gateway.ignore(Command.GET_CONFIGS);
        CompletableFuture<?> pending = client.services().getConfigs("gw-a");
        Waits.until("the gateway got the request", () -> gateway.received().stream()
                .anyMatch(request -> request instanceof GetConfigsRequest));

        fixture.broker().stop();
        ExecutionException aborted = assertThrows(ExecutionException.class,
                () -> pending.get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(RequestAbortedException.Reason.CONNECTION_LOST,
                assertInstanceOf(RequestAbortedException.class, aborted.getCause()).reason());

        fixture.broker().start();
        Waits.until("client reconnected", () -> client.connectionState() == ConnectionState.CONNECTED);
        // The restarted broker kept no retained messages; the gateway announces itself again on reconnect.
        NetworkFixture.awaitOnline(client, "gw-a");
        gateway.behaveNormally();
        Waits.until("gateway reconnected", () -> {
            try {
                client.sync().sendData(new SinkRef("gw-a", "sink0"), OutgoingPacket.to(1, 1, 1, Bytes.empty()));
                return true;
            } catch (Exception notYet) {
                return false;
            }
        });
        Waits.until("listener saw the reconnect", () -> states.contains(ConnectionState.CONNECTED));
        assertTrue(states.indexOf(ConnectionState.CONNECTED) > 0, "the loss came first: " + states);
    }

    @Test
    void aGatewayWhoseRetainedStatusVanishedWhileAwayIsStale() throws Exception {
        fixture.gateway(MinimalGateway.builder("gw-a").sink(NetworkFixture.sink("sink0", 7, 1)));
        fixture.gateway(MinimalGateway.builder("gw-gone").sink(NetworkFixture.sink("sink0", 7, 2))).crash();
        NetworkClient client = fixture.client();
        NetworkFixture.awaitOnline(client, "gw-a");
        Waits.until("gw-gone known", () -> client.gateway("gw-gone").isPresent());

        // The restarted broker holds no retained status: only gw-a, which reconnects, announces itself again.
        fixture.broker().stop();
        fixture.broker().start();
        Waits.until("client reconnected", () -> client.connectionState() == ConnectionState.CONNECTED);
        NetworkFixture.awaitOnline(client, "gw-a");
        assertEquals(GatewayState.STALE, client.gateway("gw-gone").orElseThrow().state());
    }
}
