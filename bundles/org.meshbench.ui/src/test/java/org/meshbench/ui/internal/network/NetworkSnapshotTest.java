package org.meshbench.ui.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.ui.internal.network.Fixtures.NETWORK_A;
import static org.meshbench.ui.internal.network.Fixtures.NETWORK_B;
import static org.meshbench.ui.internal.network.Fixtures.gateway;
import static org.meshbench.ui.internal.network.Fixtures.sink;
import static org.meshbench.ui.internal.network.Fixtures.unconfiguredSink;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.network.GatewayState;

class NetworkSnapshotTest {

    @Test
    void gatewaysAreGroupedUnderTheNetworksOfTheirSinks() {
        NetworkSnapshot snapshot = NetworkSnapshot.build(List.of(
                gateway("gw-b", GatewayState.ONLINE, sink("gw-b", "sink0", NETWORK_B, 1), sink("gw-b", "sink1",
                        NETWORK_A, 2)),
                gateway("gw-a", GatewayState.ONLINE, sink("gw-a", "sink0", NETWORK_A, 3))),
                address -> address == NETWORK_A ? 50 : 20);

        assertEquals(List.of(OptionalLong.of(NETWORK_A), OptionalLong.of(NETWORK_B)),
                snapshot.networks().stream().map(NetworkRow::address).toList());
        NetworkRow networkA = snapshot.networks().get(0);
        assertEquals(List.of("gw-a", "gw-b"), networkA.gateways().stream().map(row -> row.gateway().id()).toList());
        assertEquals(List.of("sink1"), networkA.gateways().get(1).sinks().stream().map(row -> row.sink().id())
                .toList());
        assertEquals(50, networkA.nodeCount());
        assertEquals(2, networkA.sinkCount());
        assertEquals(70, snapshot.nodes());
    }

    @Test
    void anOfflineGatewayKeepsItsLastSinks() {
        NetworkSnapshot snapshot = NetworkSnapshot.build(
                List.of(gateway("gw-a", GatewayState.OFFLINE, sink("gw-a", "sink0", NETWORK_A, 3))), address -> 0);
        GatewayRow row = snapshot.networks().get(0).gateways().get(0);
        assertFalse(row.gateway().online());
        assertFalse(row.sinks().get(0).gatewayOnline());
        assertEquals(0, snapshot.onlineGateways());
    }

    @Test
    void gatewaysWithoutNetworkAddressComeLast() {
        NetworkSnapshot snapshot = NetworkSnapshot.build(List.of(gateway("gw-empty", GatewayState.ONLINE),
                gateway("gw-new", GatewayState.ONLINE, unconfiguredSink("gw-new", "sink0")),
                gateway("gw-a", GatewayState.ONLINE, sink("gw-a", "sink0", NETWORK_A, 3))), address -> 5);
        assertEquals(2, snapshot.networks().size());
        NetworkRow none = snapshot.networks().get(1);
        assertTrue(none.address().isEmpty());
        assertEquals(0, none.nodeCount());
        assertEquals(List.of("gw-empty", "gw-new"), none.gateways().stream().map(row -> row.gateway().id()).toList());
        assertEquals(5, snapshot.nodes());
    }

    @Test
    void rowKeysIgnoreTheValuesShown() {
        GatewayRow online = NetworkSnapshot.build(List.of(gateway("gw-a", GatewayState.ONLINE,
                sink("gw-a", "sink0", NETWORK_A, 3))), address -> 1).networks().get(0).gateways().get(0);
        GatewayRow offline = NetworkSnapshot.build(List.of(gateway("gw-a", GatewayState.OFFLINE,
                sink("gw-a", "sink0", NETWORK_A, 3))), address -> 9).networks().get(0).gateways().get(0);
        assertEquals(online.key(), offline.key());
        assertFalse(online.equals(offline));
        assertEquals(online.sinks().get(0).key(), offline.sinks().get(0).key());
    }

    @Test
    void noClientShowsNothing() {
        assertEquals(NetworkSnapshot.EMPTY, NetworkSnapshot.of(Optional.empty()));
    }
}
