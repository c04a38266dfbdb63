package org.meshbench.network.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.DataFilter;
import org.meshbench.network.GatewayChange;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.Network;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.RequestAbortedException;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.SinkReadConfig;

class FakeNetworkClientTest {

    private static final long NETWORK = 0x1AB2C3;
    private static final SinkRef SINK = new SinkRef("gw1", "sink0");
    private static final SinkRef OTHER = new SinkRef("gw2", "sink0");

    private final FakeNetworkClient client = new FakeNetworkClient()
            .addGateway("gw1", SinkReadConfig.builder("sink0").networkAddress(NETWORK).build())
            .addGateway("gw2", SinkReadConfig.builder("sink0").networkAddress(NETWORK).build());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theModelIsWhatTheTestAdded() {
        client.addNode(NETWORK, 10, SINK, 2, NodeBehaviour.SILENT);

        assertEquals(List.of(new Network(NETWORK, client.sinks())), client.networks());
        assertEquals(2, client.node(NETWORK, 10).orElseThrow().hopCount());
        assertEquals(List.of(), client.nodes(NETWORK + 1));
    }

    @Test
    void aNodeAnswersADownlinkThroughTheSinkThatSentIt() throws Exception {
        client.addNode(NETWORK, 10, SINK, 1, NodeBehaviour.echo(50, 51, Duration.ofMillis(5)));
        LinkedBlockingQueue<ReceivedPacket> received = new LinkedBlockingQueue<>();
        ListenerRegistration registration = client.addDataListener(DataFilter.ALL.withEndpoints(51, 50),
                received::add);

        client.sync().sendData(SINK, OutgoingPacket.to(10, 50, 51, Bytes.fromHex("0102")));
        client.sync().sendData(SINK, OutgoingPacket.to(10, 1, 1, Bytes.fromHex("03")));

        ReceivedPacket echo = received.poll(10, TimeUnit.SECONDS);
        assertEquals(SINK, echo.sink());
        assertEquals(10, echo.sourceAddress());
        assertEquals(Bytes.fromHex("0102"), echo.event().payload().orElseThrow());
        assertEquals(List.of("send_data gw1/sink0", "send_data gw1/sink0"), client.fakeServices().requests());
        registration.close();
        assertEquals(0, client.dataListenerCount());
    }

    @Test
    void aRefusedSinkFailsInTheNetworkWideResults() throws Exception {
        client.fakeServices().refuse(OTHER);

        List<SinkResult<Void>> results = client.networkOperations(SinkSelection.network(NETWORK))
                .sendData(OutgoingPacket.to(OutgoingPacket.BROADCAST, 1, 1, Bytes.fromHex("00"))).get();

        assertTrue(results.get(0).value().isEmpty() && results.get(0).failure().isEmpty(), results.toString());
        assertTrue(results.get(1).failure().orElseThrow() instanceof RequestAbortedException);
        assertThrows(RequestAbortedException.class, () -> client.sync().processScratchpad(OTHER));
    }

    @Test
    void gatewayChangesReachTheirListenersAtOnce() {
        List<GatewayChange> changes = new CopyOnWriteArrayList<>();
        client.addConfigChangeListener(changes::add);

        client.addGateway("gw3");
        client.clearGatewayStatus("gw3");

        assertEquals(2, changes.size());
        assertTrue(changes.get(1).removed());
    }
}
