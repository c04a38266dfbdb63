package org.meshbench.ui.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meshbench.ui.internal.network.Fixtures.NETWORK_A;
import static org.meshbench.ui.internal.network.Fixtures.gateway;
import static org.meshbench.ui.internal.network.Fixtures.sink;
import static org.meshbench.ui.internal.network.Fixtures.unconfiguredSink;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.network.GatewayState;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.NodeRole;

class NetworkLabelsTest {

    private static final NetworkRow NETWORK = NetworkSnapshot.build(List.of(
            gateway("gw-a", GatewayState.ONLINE, sink("gw-a", "sink0", NETWORK_A, 1), sink("gw-a", "sink1",
                    NETWORK_A, 2)),
            gateway("gw-b", GatewayState.OFFLINE, sink("gw-b", "sink0", NETWORK_A, 3))), address -> 100)
            .networks().get(0);

    @Test
    void networkRow() {
        assertEquals("Network 1715004 (0x1A2B3C)", NetworkLabels.name(NETWORK));
        assertEquals("100 nodes", NetworkLabels.state(NETWORK));
        assertEquals("2 gateways · 3 sinks", NetworkLabels.summary(NETWORK));
    }

    @Test
    void gatewayRows() {
        GatewayRow online = NETWORK.gateways().get(0);
        assertEquals("gw-a", NetworkLabels.name(online));
        assertEquals("ONLINE", NetworkLabels.state(online));
        assertEquals("meshbench-simulator 0.1.0 · features: SCRATCHPAD_CHUNK_V1, CONFIGURATION_DATA_V1",
                NetworkLabels.summary(online));
        assertEquals("OFFLINE", NetworkLabels.state(NETWORK.gateways().get(1)));
    }

    @Test
    void sinkRow() {
        SinkRow sink = NETWORK.gateways().get(0).sinks().get(1);
        assertEquals("sink1", NetworkLabels.name(sink));
        assertEquals("started", NetworkLabels.state(sink));
        assertEquals("node 2 · sink (low-latency) · channel 7 · app config seq 3, diag 60 s · firmware 5.1.0.23",
                NetworkLabels.summary(sink));
    }

    @Test
    void aSinkThatReportedNothing() {
        SinkRow sink = new SinkRow(unconfiguredSink("gw-a", "sink9"), true);
        assertEquals("state unknown", NetworkLabels.state(sink));
        assertEquals("no configuration reported", NetworkLabels.summary(sink));
    }

    @Test
    void rolesAndCounts() {
        assertEquals("non-router", NetworkLabels.role(NodeRole.of(BaseRole.NON_ROUTER)));
        assertEquals("1 node", NetworkLabels.count(1, "node"));
        assertEquals("0 gateways", NetworkLabels.count(0, "gateway"));
    }
}
