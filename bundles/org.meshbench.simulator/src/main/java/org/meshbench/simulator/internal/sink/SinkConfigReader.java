package org.meshbench.simulator.internal.sink;

import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.internal.node.NetworkOtap;

/** Reads a sink's configuration back as the official gateway reports it. Stateless. */
public final class SinkConfigReader {

    private SinkConfigReader() {
    }

    /**
     * @param sink the sink
     * @return its full configuration, read-only properties included
     */
    public static SinkReadConfig read(SimSink sink) {
        SinkState state = sink.state();
        ScratchpadStore scratchpad = sink.scratchpad();
        SinkReadConfig.Builder config = SinkReadConfig.builder(sink.id())
                .nodeRole(state.role())
                .nodeAddress(state.nodeAddress())
                .networkAddress(state.networkAddress())
                .networkChannel(state.networkChannel())
                .appConfig(state.appConfig())
                .areKeysSet(state.keysSet())
                .currentAcRange(state.accessCycleRange())
                .acLimits(SinkHardware.AC_LIMITS)
                .maxMtu(SinkHardware.MAX_MTU)
                .channelLimits(SinkHardware.CHANNEL_LIMITS)
                .hwMagic(SinkHardware.HW_MAGIC)
                .stackProfile(SinkHardware.STACK_PROFILE)
                .appConfigMaxSize(SinkHardware.APP_CONFIG_MAX_SIZE)
                .firmwareVersion(state.firmware())
                .sinkState(state.state())
                .storedScratchpad(scratchpad.storedInfo())
                .storedStatus(scratchpad.status())
                .storedType(scratchpad.type())
                .processedScratchpad(scratchpad.processed())
                .firmwareAreaId(NetworkOtap.FIRMWARE_AREA_ID)
                .targetAndAction(scratchpad.target())
                .configurationDataContent(sink.configurationData().items());
        state.channelMap().ifPresent(config::channelMap);
        return config.build();
    }
}
