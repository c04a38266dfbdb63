package org.meshbench.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.internal.NetworkClientImpl;
import org.meshbench.network.testing.Await;
import org.meshbench.network.testing.FakeTransport;
import org.meshbench.network.testing.Messages;
import org.meshbench.network.testing.ScriptedGateway;
import org.meshbench.network.testing.TestClients;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.DeliveryMode;

/** The model and the data path of a client, fed with typed messages through a fake transport. */
class NetworkModelClientTest {
    private final FakeTransport transport = new FakeTransport();
    private final NetworkClientImpl client = TestClients.connected(transport, TestClients.options().build());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void subscribesToStatusDataResponsesAndSniffedDownlinks() {
        assertEquals(Map.of("gw-event/status/+", 1, "gw-event/received_data/+/+/+/+/+", 1, "gw-response/#", 2,
                "gw-request/send_data/#", 1), transport.subscriptions());
    }

    @Test
    void onlyReceivedDataIsHandledOnTheMqttThread() {
        assertEquals(Map.of("gw-event/status/+", DeliveryMode.QUEUED,
                "gw-event/received_data/+/+/+/+/+", DeliveryMode.DIRECT,
                "gw-response/#", DeliveryMode.QUEUED,
                "gw-request/send_data/#", DeliveryMode.QUEUED), transport.deliveryModes());
    }

    @Test
    void buildsGatewaysSinksAndNetworksFromStatus() throws InterruptedException {
        List<GatewayChange> changes = new CopyOnWriteArrayList<>();
        client.addConfigChangeListener(changes::add);
        Messages.deliver(transport, Messages.online("gw1", 512, List.of(GatewayFeature.SCRATCHPAD_CHUNK_V1),
                Messages.sink("sink0", 77, 1)));
        Messages.deliver(transport, Messages.online("gw2", 512, List.of(), Messages.sink("sink0", 77, 2)));

        assertEquals(2, client.gateways().size());
        assertEquals(2, client.network(77).orElseThrow().sinks().size());
        assertEquals(List.of(new SinkRef("gw1", "sink0"), new SinkRef("gw2", "sink0")),
                client.sinks().stream().map(Sink::ref).toList());
        Await.until("two config changes", () -> changes.size() == 2);
        assertTrue(changes.get(0).before().isEmpty());
    }

    @Test
    void onlineStatusWithoutSinksFetchesTheConfigs() {
        ScriptedGateway gateway = new ScriptedGateway(transport, "gw1");
        gateway.sinks(Messages.sink("sink0", 5, 1));
        Messages.deliver(transport, Messages.online("gw1", 0, List.of()));
        assertEquals(1, client.gateway("gw1").orElseThrow().sinks().size());
    }

    @Test
    void aFloodOfStatusesWithoutSinksLeavesRoomForTheUsersRequests() throws Exception {
        ScriptedGateway real = new ScriptedGateway(transport, "gw-real");
        real.sinks(Messages.sink("sink0", 5, 1));
        for (int i = 0; i < 3_000; i++) {
            Messages.deliver(transport, Messages.online("made-up-" + i, 0, List.of()));
        }
        assertTrue(client.statistics().pendingRequests() <= 8, client.statistics().pendingRequests()
                + " config fetches wait at once");
        assertEquals("sink0", client.sync().getConfigs("gw-real").get(0).sinkId());
    }

    @Test
    void aFullModelDropsAGatewayNeverConfiguredFirst() throws InterruptedException {
        FakeTransport flooded = new FakeTransport();
        try (NetworkClientImpl small = TestClients.connected(flooded, TestClients.options().maxGateways(2).build())) {
            List<NetworkProblem> problems = new CopyOnWriteArrayList<>();
            small.addProblemListener(problems::add);
            Messages.deliver(flooded, Messages.online("configured", 0, List.of(), Messages.sink("sink0", 5, 1)));
            Messages.deliver(flooded, Messages.online("bare-1", 0, List.of()));
            Messages.deliver(flooded, Messages.online("bare-2", 0, List.of()));

            assertEquals(List.of("bare-2", "configured"), small.gateways().stream().map(Gateway::id).sorted().toList());
            assertEquals(1, small.statistics().gatewaysEvicted());
            Await.until("eviction reported", () -> problems.stream()
                    .anyMatch(problem -> problem.kind() == ProblemKind.GATEWAY_EVICTED));
        }
    }

    @Test
    void configsAreNotFetchedWhenTheOptionSaysSo() {
        FakeTransport quiet = new FakeTransport();
        try (NetworkClientImpl noFetch = TestClients.connected(quiet,
                TestClients.options().fetchMissingConfigs(false).build())) {
            Messages.deliver(quiet, Messages.online("gw1", 0, List.of()));
            assertTrue(noFetch.gateway("gw1").isPresent());
            assertThrows(AssertionError.class, () -> quiet.nextPublish(Duration.ofMillis(300)));
        }
    }

    @Test
    void aStatusDeliveredBeforeConnectedHasItsConfigsFetchedOnceConnected() throws InterruptedException {
        ScriptedGateway gateway = new ScriptedGateway(transport, "gw1");
        gateway.sinks(Messages.sink("sink0", 5, 1));
        transport.setState(ConnectionState.RECONNECTING);
        Messages.deliver(transport, Messages.online("gw1", 0, List.of()));
        assertTrue(client.gateway("gw1").orElseThrow().sinks().isEmpty());

        transport.setState(ConnectionState.CONNECTED);
        Await.until("configs fetched once connected", () -> client.gateway("gw1").orElseThrow().sinks().size() == 1);
    }

    @Test
    void anEmptyRetainedStatusRemovesTheGateway() {
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 5, 1)));
        transport.deliver("gw-event/status/gw1", new byte[0], true);
        assertTrue(client.gateways().isEmpty());
    }

    @Test
    void anEmptyStatusThatIsNotRetainedIsMalformedAndKeepsAnOnlineGateway() {
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 5, 1)));
        transport.deliver("gw-event/status/gw1", new byte[0], false);
        assertEquals(1, client.gateways().size());
        assertEquals(1, client.statistics().malformedMessages());
    }

    @Test
    void anEmptyStatusRemovesAnOfflineGatewayAsALiveClearArrivesWithoutTheRetainFlag() {
        Messages.deliver(transport, Messages.offline("gw1"));
        transport.deliver("gw-event/status/gw1", new byte[0], false);
        assertTrue(client.gateways().isEmpty());
    }

    @Test
    void clearingAStaleGatewayPublishesAnEmptyRetainedStatus() throws InterruptedException {
        Messages.deliver(transport, Messages.offline("gw1"));
        client.clearGatewayStatus("gw1").join();
        FakeTransport.Published published = transport.nextPublish(Duration.ofSeconds(1));
        assertEquals("gw-event/status/gw1", published.topic());
        assertEquals(0, published.payload().length);
        assertTrue(published.retain());
        assertTrue(client.gateway("gw1").isEmpty());
    }

    @Test
    void theSameEventIdFromGatewaysWhoseIdsHashAlikeIsNoDuplicate() throws InterruptedException {
        List<ReceivedPacket> packets = new CopyOnWriteArrayList<>();
        client.addDataListener(DataFilter.ALL, packets::add);
        Messages.deliver(transport, Messages.data("Aa", "sink0", 77, 1001, 5));
        Messages.deliver(transport, Messages.data("BB", "sink0", 77, 1002, 5));
        Await.until("both packets", () -> packets.size() == 2);
        assertEquals(0, client.statistics().duplicatesDropped());
    }

    @Test
    void gatewaysAreStaleAfterALostConnectionUntilAStatusConfirmsThem() {
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 5, 1)));
        Messages.deliver(transport, Messages.online("gw2", 0, List.of(), Messages.sink("sink0", 5, 2)));
        transport.setState(ConnectionState.RECONNECTING);
        assertEquals(List.of(GatewayState.STALE, GatewayState.STALE),
                client.gateways().stream().map(Gateway::state).toList());
        assertTrue(client.sinks().isEmpty(), "no sink of a stale gateway is reachable");

        transport.setState(ConnectionState.CONNECTED);
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 5, 1)));
        assertEquals(GatewayState.ONLINE, client.gateway("gw1").orElseThrow().state());
        assertEquals(GatewayState.STALE, client.gateway("gw2").orElseThrow().state());
    }

    @Test
    void tracksNodesAndDeliversDataButDropsDuplicates() throws InterruptedException {
        List<ReceivedPacket> packets = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        client.addDataListener(DataFilter.ALL.withNetworks(77), packet -> {
            threads.add(Thread.currentThread().getName());
            packets.add(packet);
        });
        Messages.deliver(transport, Messages.data("gw1", "sink0", 77, 1001, 5));
        Messages.deliver(transport, Messages.data("gw1", "sink0", 77, 1001, 5));
        Messages.deliver(transport, Messages.data("gw1", "sink0", 77, 1002, 6));
        Messages.deliver(transport, Messages.data("gw1", "sink0", 78, 1002, 7));

        Await.until("two packets of network 77", () -> packets.size() == 2);
        assertEquals(1, client.statistics().duplicatesDropped());
        assertEquals(3, client.statistics().packetsReceived());
        assertEquals(3, client.nodeCount());
        assertEquals(1, client.node(77, 1001).orElseThrow().packetCount());
        assertEquals(new SinkRef("gw1", "sink0"), packets.get(0).sink());
        assertArrayEquals(new byte[] {1, 2}, packets.get(0).event().payload().orElseThrow().toByteArray());
        assertNotEquals(Thread.currentThread().getName(), threads.get(0));
    }

    @Test
    void filtersDataBySourceAndEndpoints() throws InterruptedException {
        List<ReceivedPacket> packets = new CopyOnWriteArrayList<>();
        client.addDataListener(DataFilter.ALL.withGateways("gw1").withSinks("sink0").withSourceAddresses(5)
                .withEndpoints(238, 238), packets::add);
        Messages.deliver(transport, Messages.data("gw1", "sink0", 77, 5, 1, 238, 238));
        Messages.deliver(transport, Messages.data("gw1", "sink0", 77, 6, 2, 238, 238));
        Messages.deliver(transport, Messages.data("gw1", "sink0", 77, 5, 3, 10, 20));
        Messages.deliver(transport, Messages.data("gw2", "sink0", 77, 5, 4, 238, 238));
        Await.until("one packet", () -> packets.size() == 1);
        Thread.sleep(50);
        assertEquals(1, packets.size());
    }

    @Test
    void malformedPayloadsAndUnknownTopicsAreReportedAndTheStreamGoesOn() throws InterruptedException {
        List<NetworkProblem> problems = new CopyOnWriteArrayList<>();
        client.addProblemListener(problems::add);
        transport.deliver("gw-event/received_data/gw1/sink0/77/10/20", "garbage".getBytes(StandardCharsets.UTF_8),
                false);
        transport.deliver("gw-response/no_such_command/gw1", new byte[] {8, 1}, false);
        transport.deliver("gw-event/status/gw1", new byte[] {(byte) 0xFF}, true);
        Messages.deliver(transport, Messages.data("gw1", "sink0", 77, 1001, 5));

        Await.until("three problems", () -> problems.size() == 3);
        assertEquals(List.of(ProblemKind.MALFORMED_PAYLOAD, ProblemKind.UNKNOWN_TOPIC, ProblemKind.MALFORMED_PAYLOAD),
                problems.stream().map(NetworkProblem::kind).toList());
        NetworkStatistics statistics = client.statistics();
        assertEquals(2, statistics.malformedMessages());
        assertEquals(1, statistics.unknownTopics());
        assertEquals(1, statistics.packetsReceived());
        assertTrue(client.gateways().isEmpty());
    }

    @Test
    void expiresSilentNodes() throws InterruptedException {
        FakeTransport own = new FakeTransport();
        NetworkClientImpl expiring = TestClients.connected(own,
                TestClients.options().nodeExpiry(Duration.ofMillis(100)).build());
        try {
            Messages.deliver(own, Messages.data("gw1", "sink0", 77, 1001, 5));
            assertEquals(1, expiring.nodeCount());
            Await.until("node expired", () -> expiring.nodeCount() == 0);
            assertEquals(1, expiring.statistics().nodesExpired());
        } finally {
            expiring.close();
        }
    }

    @Test
    void connectionChangesReachTheListeners() throws InterruptedException {
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        client.addConnectionListener(event -> states.add(event.state()));
        transport.setState(ConnectionState.RECONNECTING);
        transport.setState(ConnectionState.CONNECTED);
        Await.until("two events", () -> states.size() == 2);
        assertEquals(List.of(ConnectionState.RECONNECTING, ConnectionState.CONNECTED), states);
    }
}
