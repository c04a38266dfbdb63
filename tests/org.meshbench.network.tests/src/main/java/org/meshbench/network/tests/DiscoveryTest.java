package org.meshbench.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.Gateway;
import org.meshbench.network.GatewayChange;
import org.meshbench.network.GatewayState;
import org.meshbench.network.NetworkClient;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.Waits;

/** Gateways found from retained statuses, gone offline by last will, and cleared. */
class DiscoveryTest {
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
    void findsGatewaysAndTheirSinksFromRetainedStatus() throws Exception {
        fixture.gateway(MinimalGateway.builder("gw-a").describedAs("model-a", "2.1").maxScratchpadSize(512)
                .sink(NetworkFixture.sink("sink0", 0x1234, 1)).sink(NetworkFixture.sink("sink1", 0x5678, 2)));
        fixture.gateway(MinimalGateway.builder("gw-b").features().sink(NetworkFixture.sink("sink0", 0x1234, 3)));
        NetworkClient client = fixture.client();
        NetworkFixture.awaitOnline(client, "gw-a");
        NetworkFixture.awaitOnline(client, "gw-b");

        Gateway a = client.gateway("gw-a").orElseThrow();
        assertEquals("model-a", a.model().orElseThrow());
        assertEquals("2.1", a.version().orElseThrow());
        assertEquals(OptionalLong.of(512), a.maxScratchpadSize());
        assertEquals(Set.of(GatewayFeature.SCRATCHPAD_CHUNK_V1, GatewayFeature.CONFIGURATION_DATA_V1), a.features());
        assertTrue(client.gateway("gw-b").orElseThrow().features().isEmpty());
        assertEquals(Set.of("gw-a", "gw-b"), client.network(0x1234).orElseThrow().gatewayIds());
        assertEquals(2, client.networks().size());
        assertEquals(3, client.sinks().size());
    }

    @Test
    void aCrashedGatewayGoesOfflineThroughItsLastWill() throws Exception {
        MinimalGateway gateway = fixture.gateway(MinimalGateway.builder("gw-a")
                .sink(NetworkFixture.sink("sink0", 7, 1)));
        NetworkClient client = fixture.client();
        NetworkFixture.awaitOnline(client, "gw-a");
        List<GatewayChange> changes = new CopyOnWriteArrayList<>();
        client.addConfigChangeListener(changes::add);

        gateway.crash();
        Waits.until("gw-a offline", () -> client.gateway("gw-a").map(g -> g.state() == GatewayState.OFFLINE)
                .orElse(false));
        assertTrue(client.sinks().isEmpty());
        assertEquals(1, client.gateway("gw-a").orElseThrow().sinks().size(), "last known sinks are kept");
        // A get_configs answer from before the crash may be reported first: look for the OFFLINE change itself.
        Waits.until("offline change reported", () -> changes.stream()
                .anyMatch(change -> change.after().map(g -> g.state() == GatewayState.OFFLINE).orElse(false)));
    }

    @Test
    void aStaleGatewayIsClearedFromTheBroker() throws Exception {
        fixture.gateway(MinimalGateway.builder("gw-a").sink(NetworkFixture.sink("sink0", 7, 1))).crash();
        NetworkClient client = fixture.client();
        Waits.until("offline gw-a known", () -> client.gateway("gw-a").isPresent());

        client.clearGatewayStatus("gw-a").get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(client.gateways().isEmpty());

        // Retained statuses come together on subscribing: once a marker gateway shows, gw-a would have too.
        fixture.gateway(MinimalGateway.builder("gw-marker").sink(NetworkFixture.sink("sink0", 7, 2)));
        NetworkClient late = fixture.client();
        NetworkFixture.awaitOnline(late, "gw-marker");
        assertTrue(late.gateway("gw-a").isEmpty());
    }

    @Test
    void anEmptyStatusFromAnyoneLeavesAnOnlineGatewayAndIsCounted() throws Exception {
        fixture.gateway(MinimalGateway.builder("gw-a").sink(NetworkFixture.sink("sink0", 7, 1)));
        NetworkClient client = fixture.client();
        NetworkFixture.awaitOnline(client, "gw-a");

        publishEmpty("gw-event/status/gw-a", false);
        Waits.until("the empty status counted as malformed", () -> client.statistics().malformedMessages() == 1);
        assertTrue(client.gateway("gw-a").orElseThrow().online());
    }

    @Test
    void aStaleGatewayClearedByAnotherBackendGoesFromTheModel() throws Exception {
        fixture.gateway(MinimalGateway.builder("gw-a").sink(NetworkFixture.sink("sink0", 7, 1))).crash();
        NetworkClient client = fixture.client();
        Waits.until("offline gw-a known", () -> client.gateway("gw-a").isPresent());

        // The broker forwards the clear to us without the retain flag (MQTT 3.1.1 [MQTT-3.3.1-9]).
        publishEmpty("gw-event/status/gw-a", true);
        Waits.until("gw-a removed", () -> client.gateway("gw-a").isEmpty());
    }

    /** Publishes a zero-length message as another MQTT client would, with the Mosquitto command-line client. */
    private void publishEmpty(String topic, boolean retained) throws Exception {
        List<String> command = new ArrayList<>(List.of("mosquitto_pub", "-h", "127.0.0.1", "-p",
                Integer.toString(fixture.broker().port()), "-q", "1", "-t", topic, "-n"));
        if (retained) {
            command.add("-r");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS), "mosquitto_pub finished");
        assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes()));
    }
}
