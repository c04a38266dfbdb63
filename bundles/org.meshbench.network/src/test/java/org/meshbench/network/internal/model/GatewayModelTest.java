package org.meshbench.network.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meshbench.network.Gateway;
import org.meshbench.network.GatewayChange;
import org.meshbench.network.GatewayState;
import org.meshbench.network.Network;
import org.meshbench.network.testing.Messages;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.SinkReadConfig;

class GatewayModelTest {
    private final List<GatewayChange> statuses = new ArrayList<>();
    private final List<GatewayChange> changes = new ArrayList<>();
    private final GatewayModel model = new GatewayModel(Clock.fixed(Instant.ofEpochSecond(100), ZoneOffset.UTC),
            new ModelListener() {
                @Override
                public void statusReceived(GatewayChange change) {
                    statuses.add(change);
                }

                @Override
                public void configChanged(GatewayChange change) {
                    changes.add(change);
                }

                @Override
                public void gatewayEvicted(Gateway evicted) {
                    throw new AssertionError("no test here fills the model");
                }
            }, 1_000);

    @Test
    void onlineStatusCreatesTheGatewayWithItsAttributesAndSinks() {
        boolean fetch = model.applyStatus(Messages.online("gw1", 1024,
                List.of(GatewayFeature.SCRATCHPAD_CHUNK_V1), Messages.sink("sink1", 7, 1), Messages.sink("sink0", 7, 2)));

        Gateway gateway = model.gateway("gw1").orElseThrow();
        assertFalse(fetch);
        assertEquals(GatewayState.ONLINE, gateway.state());
        assertEquals("model-x", gateway.model().orElseThrow());
        assertEquals(OptionalLong.of(1024), gateway.maxScratchpadSize());
        assertEquals(Set.of(GatewayFeature.SCRATCHPAD_CHUNK_V1), gateway.features());
        assertEquals(List.of("sink0", "sink1"), gateway.sinks().stream().map(sink -> sink.id()).toList());
        assertEquals(Instant.ofEpochSecond(100), gateway.lastStatusTime());
        assertEquals(1, statuses.size());
        assertEquals(1, changes.size());
    }

    @Test
    void lastWillMarksTheGatewayOfflineAndKeepsWhatItDoesNotRepeat() {
        model.applyStatus(Messages.online("gw1", 1024, List.of(GatewayFeature.CONFIGURATION_DATA_V1),
                Messages.sink("sink0", 7, 1)));
        model.applyStatus(Messages.offline("gw1"));

        Gateway gateway = model.gateway("gw1").orElseThrow();
        assertEquals(GatewayState.OFFLINE, gateway.state());
        assertEquals(1, gateway.sinks().size());
        assertEquals(Set.of(GatewayFeature.CONFIGURATION_DATA_V1), gateway.features());
        assertTrue(model.onlineSinks().isEmpty(), "offline sinks are not reachable");
        assertTrue(model.networks().isEmpty());
        assertEquals(2, changes.size());
    }

    @Test
    void aRepeatedStatusIsReportedButIsNoConfigChange() {
        model.applyStatus(Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        model.applyStatus(Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        assertEquals(2, statuses.size());
        assertEquals(1, changes.size());
    }

    @Test
    void onlineStatusWithoutSinksAsksForConfigs() {
        assertTrue(model.applyStatus(Messages.online("gw1", 0, List.of())));
        model.applyConfigs("gw1", List.of(Messages.sink("sink0", 5, 1)));
        assertEquals(1, model.gateway("gw1").orElseThrow().sinks().size());
    }

    @Test
    void removalDropsTheGatewayAndTellsBothListeners() {
        model.applyStatus(Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        model.remove("gw1");
        model.remove("gw1");
        assertTrue(model.gateways().isEmpty());
        assertTrue(changes.get(changes.size() - 1).removed());
        assertEquals(2, statuses.size());
    }

    @Test
    void setConfigResponsesReplaceOneSinkAndAddOnlyWhenAllowed() {
        model.applyStatus(Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        model.applySinkConfig("gw1", Messages.sink("sink0", 8, 1), true);
        model.applySinkConfig("gw1", SinkReadConfig.builder("ghost").build(), false);
        model.applySinkConfig("gw1", Messages.sink("sink1", 8, 2), true);
        model.applySinkConfig("unknown-gw", Messages.sink("sink0", 8, 1), true);

        Gateway gateway = model.gateway("gw1").orElseThrow();
        assertEquals(List.of("sink0", "sink1"), gateway.sinks().stream().map(sink -> sink.id()).toList());
        assertEquals(8, gateway.sink("sink0").orElseThrow().networkAddress().getAsLong());
        assertEquals(1, model.gateways().size());
    }

    @Test
    void networksGroupOnlineSinksAcrossGateways() {
        model.applyStatus(Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        model.applyStatus(Messages.online("gw2", 0, List.of(), Messages.sink("sinkA", 7, 2),
                Messages.sink("sinkB", 0xFFFF_FFFF_FFFFL, 3)));

        List<Network> networks = model.networks();
        assertEquals(2, networks.size());
        assertEquals(7, networks.get(0).address());
        assertEquals(Set.of("gw1", "gw2"), networks.get(0).gatewayIds());
        assertEquals(0xFFFF_FFFF_FFFFL, networks.get(1).address());
    }
}
