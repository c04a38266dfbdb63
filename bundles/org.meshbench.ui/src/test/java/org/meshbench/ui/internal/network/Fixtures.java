package org.meshbench.ui.internal.network;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.meshbench.network.Gateway;
import org.meshbench.network.GatewayState;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.RoleFlag;
import org.meshbench.protocol.value.SinkReadConfig;

/** Gateway and sink snapshots as the network model makes them. */
final class Fixtures {

    static final Instant TIME = Instant.parse("2026-05-04T10:15:30Z");
    static final long NETWORK_A = 0x1A2B3C;
    static final long NETWORK_B = 0xABCDEF;

    private Fixtures() {
    }

    static Sink sink(String gatewayId, String sinkId, long network, long nodeAddress) {
        SinkReadConfig config = SinkReadConfig.builder(sinkId)
                .nodeRole(NodeRole.of(BaseRole.SINK, RoleFlag.LOW_LATENCY)).nodeAddress(nodeAddress).networkAddress(network).networkChannel(7)
                .appConfig(new AppConfigData(60, Bytes.fromHex("c0ffee"), 3))
                .firmwareVersion(new FirmwareVersion(5, 1, 0, 23)).sinkState(OnOffState.ON).maxMtu(102).build();
        return new Sink(new SinkRef(gatewayId, sinkId), config, TIME);
    }

    static Sink unconfiguredSink(String gatewayId, String sinkId) {
        return new Sink(new SinkRef(gatewayId, sinkId), SinkReadConfig.builder(sinkId).build(), TIME);
    }

    static Gateway gateway(String id, GatewayState state, Sink... sinks) {
        return new Gateway(id, state, Optional.of("meshbench-simulator"), Optional.of("0.1.0"),
                Set.of(GatewayFeature.CONFIGURATION_DATA_V1, GatewayFeature.SCRATCHPAD_CHUNK_V1),
                OptionalLong.of(65536), TIME, List.of(sinks));
    }
}
