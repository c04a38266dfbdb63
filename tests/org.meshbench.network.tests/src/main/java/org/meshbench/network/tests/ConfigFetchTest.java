package org.meshbench.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.NetworkClient;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.Waits;
import org.meshbench.transport.mqtt.ConnectionState;

/** get_configs for a status without sinks, when the status arrives before the client is connected. */
class ConfigFetchTest {
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
    void aRetainedStatusBeforeConnectedHasItsConfigsFetchedOnceConnected() throws Exception {
        // Without sinks, the gateway's status lists no configs, so the client asks for them.
        MinimalGateway gateway = fixture.gateway(MinimalGateway.builder("gw-a"));
        SubackHoldingProxy proxy = fixture.keep(new SubackHoldingProxy(fixture.broker().port()));
        NetworkClient client = fixture.keep(NetworkFixture.factory().open(
                TestConnections.plain(proxy.port()).build(), NetworkFixture.options().build()));
        CompletableFuture<Void> connected = client.connect();

        Waits.until("retained status received while connecting", () -> client.gateway("gw-a").isPresent());
        assertEquals(ConnectionState.CONNECTING, client.connectionState());
        proxy.releaseSubacks();
        connected.get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);

        Waits.until("get_configs sent once connected",
                () -> gateway.received().stream().anyMatch(GetConfigsRequest.class::isInstance));
        assertTrue(client.gateway("gw-a").orElseThrow().online());
    }
}
