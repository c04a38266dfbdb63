package org.meshbench.network.tests.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.meshbench.network.DataFilter;
import org.meshbench.network.DataQos;
import org.meshbench.network.DownlinkEvent;
import org.meshbench.network.GatewayErrorException;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.Node;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.testing.Waits;

/**
 * Data both ways between the network service and a gateway emulated with the official codec:
 * send_data with every optional field as the official codec decodes it, the gateway's refusals,
 * the emulated nodes' echo (50 to 51 answered 51 to 50), and received data through each filter.
 */
class OfficialEmulatorTrafficTest {
    private static final SinkRef SINK0 = new SinkRef("emu-a", "sink0");
    private static final SinkRef SINK1 = new SinkRef("emu-a", "sink1");

    private InteropFixture fixture;
    private EmulatedGateway emulated;
    private NetworkClient client;
    private SyncGatewayServices sync;

    @BeforeEach
    void start(TestInfo test) throws Exception {
        fixture = InteropFixture.start(test);
        emulated = fixture.gateway("emu-a", "sinks=sink0,sink1", "seed=1");
        client = fixture.client();
        InteropFixture.awaitOnline(client, "emu-a", 2);
        sync = client.sync();
    }

    @AfterEach
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void sendData() throws Exception {
        List<ReceivedPacket> echoes = new CopyOnWriteArrayList<>();
        List<DownlinkEvent> downlinks = new CopyOnWriteArrayList<>();
        client.addDataListener(DataFilter.ALL.withEndpoints(51, 50), echoes::add);
        client.addDownlinkListener(downlinks::add);

        sync.sendData(SINK0, OutgoingPacket.to(0x1234, 50, 51, Bytes.fromHex("cafe")).withQos(DataQos.HIGH)
                .withInitialDelayMs(250).withUnackCsmaCa(true).withHopLimit(4));
        EmulatorFields request = emulated.requests(Command.SEND_DATA).get(0);
        assertEquals(Map.of("sink_id", "sink0", "destination_address", "4660", "source_endpoint", "50",
                "destination_endpoint", "51", "qos", "1", "data_payload", "cafe", "initial_delay_ms", "250",
                "is_unack_csma_ca", "true", "hop_limit", "4"), without(request, "req_id", "time_ms_epoch"));

        Waits.until("the node's echo", () -> echoes.size() == 1);
        ReceivedPacket echo = echoes.get(0);
        assertEquals(0x1234, echo.sourceAddress());
        assertEquals(SINK0, echo.sink());
        assertEquals(Optional.of(Bytes.fromHex("cafe")), echo.event().payload());
        assertEquals(network(SINK0), echo.networkAddress());
        Waits.until("the downlink reported", () -> downlinks.size() == 1);
        assertTrue(downlinks.get(0).ours());
        assertEquals(Optional.of(ResultCode.OK), downlinks.get(0).result());

        // Unset optional fields are left out, and the official codec reads them as their defaults.
        sync.sendData(SINK1, OutgoingPacket.to(OutgoingPacket.BROADCAST, 1, 2, Bytes.empty()));
        assertEquals(Map.of("sink_id", "sink1", "destination_address", "4294967295", "source_endpoint", "1",
                "destination_endpoint", "2", "qos", "0", "data_payload", "", "initial_delay_ms", "0",
                "is_unack_csma_ca", "false", "hop_limit", "0"),
                without(emulated.requests(Command.SEND_DATA).get(1), "req_id", "time_ms_epoch"));
    }

    @Test
    void sendDataRefusals() throws Exception {
        List<DownlinkEvent> downlinks = new CopyOnWriteArrayList<>();
        client.addDownlinkListener(downlinks::add);
        long maxMtu = emulated.config("sink0").number("max_mtu");

        assertRefused(ResultCode.INVALID_DATA_PAYLOAD, SINK0, new byte[(int) maxMtu + 1]);
        assertRefused(ResultCode.INVALID_SINK_ID, new SinkRef("emu-a", "sink9"), new byte[1]);
        emulated.change("sink1", "started=false");
        Waits.until("sink1 stopped", () -> client.gateway("emu-a").flatMap(g -> g.sink("sink1"))
                .map(sink -> !sink.started()).orElse(false));
        assertRefused(ResultCode.INVALID_SINK_STATE, SINK1, new byte[1]);
        emulated.failNext(Command.SEND_DATA, ResultCode.SINK_OUT_OF_MEMORY);
        ExecutionException async = assertThrows(ExecutionException.class, () -> client.services()
                .sendData(SINK0, OutgoingPacket.to(5, 1, 1, Bytes.fromHex("01")))
                .get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(ResultCode.SINK_OUT_OF_MEMORY,
                assertInstanceOf(GatewayErrorException.class, async.getCause()).result());

        Waits.until("four downlinks reported", () -> downlinks.size() == 4);
        assertEquals(List.of(ResultCode.INVALID_DATA_PAYLOAD, ResultCode.INVALID_SINK_ID,
                ResultCode.INVALID_SINK_STATE, ResultCode.SINK_OUT_OF_MEMORY),
                downlinks.stream().map(event -> event.result().orElseThrow()).toList());
    }

    @Test
    void receivedDataThroughEveryFilter() throws Exception {
        EmulatedGateway other = fixture.gateway("emu-b", "sinks=sink0", "seed=2");
        InteropFixture.awaitOnline(client, "emu-b", 1);
        long network0 = network(SINK0);
        assertNotEquals(network0, network(new SinkRef("emu-b", "sink0")), "the seeds give other networks");
        Map<String, List<ReceivedPacket>> received = new TreeMap<>();
        Map<String, DataFilter> filters = Map.of("all", DataFilter.ALL, "gateway emu-a",
                DataFilter.ALL.withGateways("emu-a"), "sink1", DataFilter.ALL.withSinks("sink1"), "network of sink0",
                DataFilter.ALL.withNetworks(network0), "node 7", DataFilter.ALL.withSourceAddresses(7),
                "endpoints 10 to 11", DataFilter.ALL.withEndpoints(10, 11));
        filters.forEach((name, filter) -> {
            List<ReceivedPacket> packets = new CopyOnWriteArrayList<>();
            received.put(name, packets);
            client.addDataListener(filter, packets::add);
        });

        emulated.uplink("sink0", 7, 10, 11, Bytes.fromHex("01"), "hop_count=3", "travel_time_ms=40", "qos=1");
        emulated.uplink("sink1", 8, 10, 11, Bytes.fromHex("02"));
        emulated.uplink("sink0", 8, 12, 13, Bytes.fromHex("03"));
        other.uplink("sink0", 7, 12, 13, Bytes.fromHex("04"));
        Map<String, Set<String>> expected = Map.of("all", Set.of("01", "02", "03", "04"),
                "gateway emu-a", Set.of("01", "02", "03"), "sink1", Set.of("02"),
                "network of sink0", Set.of("01", "03"), "node 7", Set.of("01", "04"),
                "endpoints 10 to 11", Set.of("01", "02"));
        for (Map.Entry<String, Set<String>> filter : expected.entrySet()) {
            List<ReceivedPacket> packets = received.get(filter.getKey());
            Waits.until(filter.getKey() + ": " + filter.getValue(), () -> packets.size() >= filter.getValue().size());
            assertEquals(filter.getValue(), packets.stream().map(p -> p.event().payload().orElseThrow().toHex())
                    .collect(Collectors.toSet()), filter.getKey());
        }

        ReceivedDataEvent first = received.get("node 7").stream()
                .filter(p -> p.sink().equals(SINK0)).findFirst().orElseThrow().event();
        assertEquals(OptionalLong.of(3), first.hopCount());
        assertEquals(40, first.travelTimeMs());
        assertEquals(1, first.qos());
        assertEquals(OptionalLong.of(network0), first.networkAddress());
        assertEquals(emulated.config("sink0").number("node_address"), first.destinationAddress());
        Node node = client.node(network0, 7).orElseThrow();
        assertEquals(1, node.packetCount());
        assertEquals(3, node.hopCount());
        assertEquals(SINK0, node.lastSink());
        assertFalse(client.node(network(SINK1), 7).isPresent());
    }

    private void assertRefused(ResultCode expected, SinkRef sink, byte[] payload) {
        GatewayErrorException refused = assertThrows(GatewayErrorException.class,
                () -> sync.sendData(sink, OutgoingPacket.to(5, 1, 1, Bytes.of(payload))));
        assertEquals(expected, refused.result());
    }

    private long network(SinkRef sink) {
        return client.gateway(sink.gatewayId()).flatMap(gateway -> gateway.sink(sink.sinkId())).orElseThrow()
                .networkAddress().orElseThrow();
    }

    private static Map<String, String> without(EmulatorFields fields, String... keys) {
        Map<String, String> values = new TreeMap<>(fields.values());
        for (String key : keys) {
            values.remove(key);
        }
        return values;
    }
}
