package org.meshbench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.ui.internal.network.DisplayedRow;

class DemoCheckTest {

    private static final List<String> GATEWAYS = List.of("sim-gw-0", "sim-gw-1");

    @Test
    void allGatewaysOnlineWithTheirSinksAcrossNetworks() {
        List<DisplayedRow> rows = List.of(network("Network 1"), gateway("sim-gw-0", "ONLINE"), sink("sink0"),
                gateway("sim-gw-1", "ONLINE"), sink("sink1"), network("Network 2"), gateway("sim-gw-0", "ONLINE"),
                sink("sink1"), gateway("sim-gw-1", "ONLINE"), sink("sink0"));
        assertEquals(Optional.of("sim-gw-0 ONLINE with 2 sinks, sim-gw-1 ONLINE with 2 sinks"),
                DemoCheck.showsOnline(rows, GATEWAYS, 2));
    }

    @Test
    void anOfflineOrMissingGatewayOrSinkIsNotEnough() {
        List<DisplayedRow> offline = List.of(network("Network 1"), gateway("sim-gw-0", "ONLINE"), sink("sink0"),
                sink("sink1"), gateway("sim-gw-1", "OFFLINE"), sink("sink0"), sink("sink1"));
        assertTrue(DemoCheck.showsOnline(offline, GATEWAYS, 2).isEmpty());
        List<DisplayedRow> collapsed = List.of(network("Network 1"), gateway("sim-gw-0", "ONLINE"), sink("sink0"),
                sink("sink1"), gateway("sim-gw-1", "ONLINE"));
        assertTrue(DemoCheck.showsOnline(collapsed, GATEWAYS, 2).isEmpty());
        assertTrue(DemoCheck.showsOnline(List.of(), GATEWAYS, 2).isEmpty());
    }

    private static DisplayedRow network(String name) {
        return new DisplayedRow(0, name, "50 nodes", "2 gateways · 2 sinks");
    }

    private static DisplayedRow gateway(String id, String state) {
        return new DisplayedRow(1, id, state, "meshbench-simulator 0.1.0");
    }

    private static DisplayedRow sink(String id) {
        return new DisplayedRow(2, id, "started", "node 1");
    }
}
