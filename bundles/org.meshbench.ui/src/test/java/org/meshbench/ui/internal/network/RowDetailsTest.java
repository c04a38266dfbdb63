package org.meshbench.ui.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.ui.internal.network.Fixtures.NETWORK_A;
import static org.meshbench.ui.internal.network.Fixtures.gateway;
import static org.meshbench.ui.internal.network.Fixtures.sink;
import static org.meshbench.ui.internal.network.Fixtures.unconfiguredSink;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.meshbench.network.GatewayState;

class RowDetailsTest {

    private static final NetworkRow NETWORK = NetworkSnapshot.build(List.of(gateway("gw-a", GatewayState.ONLINE,
            sink("gw-a", "sink0", NETWORK_A, 12345))), address -> 42).networks().get(0);

    @Test
    void sinkDetails() {
        Map<String, String> details = asMap(RowDetails.of(NETWORK.gateways().get(0).sinks().get(0)));
        assertEquals("12345", details.get("Node address"));
        assertEquals("sink (low-latency)", details.get("Role"));
        assertEquals("7", details.get("Channel"));
        assertEquals("started", details.get("State"));
        assertEquals("seq 3, diag 60 s", details.get("App config"));
        assertEquals("c0ffee", details.get("App config data"));
        assertEquals("5.1.0.23", details.get("Firmware"));
        assertEquals("Network 1715004 (0x1A2B3C)", details.get("Network"));
        assertEquals("2026-05-04T10:15:30Z", details.get("Updated"));
    }

    @Test
    void gatewayDetails() {
        Map<String, String> details = asMap(RowDetails.of(NETWORK.gateways().get(0)));
        assertEquals("ONLINE", details.get("State"));
        assertEquals("meshbench-simulator", details.get("Model"));
        assertEquals("0.1.0", details.get("Version"));
        assertEquals("65536 bytes", details.get("Max scratchpad size"));
        assertEquals("1", details.get("Sinks"));
    }

    @Test
    void networkDetails() {
        Map<String, String> details = asMap(RowDetails.of(NETWORK));
        assertEquals("gw-a", details.get("Gateways"));
        assertEquals("42", details.get("Nodes seen"));
    }

    @Test
    void valuesNotReportedAreLeftOut() {
        Map<String, String> details = asMap(RowDetails.of(new SinkRow(unconfiguredSink("gw-a", "sink9"), true)));
        assertTrue(!details.containsKey("Node address") && !details.containsKey("Firmware"), details.toString());
        assertEquals("No network address", details.get("Network"));
    }

    private static Map<String, String> asMap(List<Detail> details) {
        return details.stream().collect(Collectors.toMap(Detail::name, Detail::value));
    }
}
