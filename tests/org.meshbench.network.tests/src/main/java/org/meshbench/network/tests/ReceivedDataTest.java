package org.meshbench.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.DataFilter;
import org.meshbench.network.EndpointPair;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.Node;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.Waits;

/** Received data through a real broker: listeners, filters, node tracking and QoS 1 duplicates. */
class ReceivedDataTest {
    private NetworkFixture fixture;
    private MinimalGateway gateway;
    private NetworkClient client;

    @BeforeEach
    void start() throws Exception {
        fixture = new NetworkFixture(MosquittoBroker.builder().start());
        gateway = fixture.gateway(MinimalGateway.builder("gw-a").sink(NetworkFixture.sink("sink0", 0xABC, 1))
                .sink(NetworkFixture.sink("sink1", 0xDEF, 2)));
        client = fixture.client();
        NetworkFixture.awaitOnline(client, "gw-a");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void deliversFilteredDataAndTracksNodes() throws Exception {
        List<ReceivedPacket> all = new CopyOnWriteArrayList<>();
        List<ReceivedPacket> positioning = new CopyOnWriteArrayList<>();
        client.addDataListener(DataFilter.ALL, all::add);
        client.addDataListener(DataFilter.ALL.withNetworks(0xABC).withEndpoints(238, 238), positioning::add);

        gateway.publishData("sink0", 100, 238, 238, Bytes.fromHex("01"), 1);
        gateway.publishData("sink0", 100, 10, 20, Bytes.fromHex("02"), 2);
        gateway.publishData("sink1", 200, 238, 238, Bytes.fromHex("03"), 3);

        Waits.until("three packets", () -> all.size() == 3);
        Waits.until("one positioning packet", () -> positioning.size() == 1);
        assertEquals(Bytes.fromHex("01"), positioning.get(0).event().payload().orElseThrow());
        Node node = client.node(0xABC, 100).orElseThrow();
        assertEquals(2, node.packetCount());
        assertEquals(2, node.hopCount());
        assertEquals(1, node.packetsPerEndpoints().get(new EndpointPair(238, 238)));
        assertEquals(1, client.nodes(0xDEF).size());
    }

    @Test
    void dropsQos1DuplicatesByEventId() throws Exception {
        List<ReceivedPacket> packets = new CopyOnWriteArrayList<>();
        client.addDataListener(DataFilter.ALL, packets::add);
        gateway.publishData("sink0", 100, 1, 1, Bytes.fromHex("aa"), 77);
        gateway.publishData("sink0", 100, 1, 1, Bytes.fromHex("aa"), 77);
        gateway.publishData("sink0", 100, 1, 1, Bytes.fromHex("bb"), 78);

        Waits.until("the duplicate dropped", () -> client.statistics().duplicatesDropped() == 1);
        Waits.until("two packets delivered", () -> packets.size() == 2);
        assertEquals(2, client.node(0xABC, 100).orElseThrow().packetCount());
    }
}
