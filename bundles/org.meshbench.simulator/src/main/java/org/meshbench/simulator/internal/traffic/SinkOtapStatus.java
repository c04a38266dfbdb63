package org.meshbench.simulator.internal.traffic;

import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.simulator.internal.node.NetworkOtap;
import org.meshbench.simulator.internal.node.NodeOtapStatus;
import org.meshbench.simulator.internal.node.ProcessingDelays;
import org.meshbench.simulator.internal.sink.ScratchpadStore;
import org.meshbench.simulator.internal.sink.SimSink;

/** What a sink itself answers to a Remote API scratchpad status query sent to its own address. */
final class SinkOtapStatus {

    /** Remote API status code the simulation uses for a failed processing (a flash error). */
    private static final int STATUS_ERROR = 1;

    private SinkOtapStatus() {
    }

    /**
     * @param sink the sink
     * @return its status in Remote API codes
     */
    static NodeOtapStatus of(SimSink sink) {
        ScratchpadStore scratchpad = sink.scratchpad();
        int status = switch (scratchpad.status()) {
            case SUCCESS -> NodeOtapStatus.STATUS_SUCCESS;
            case NEW -> NodeOtapStatus.STATUS_NEW;
            case ERROR, UNKNOWN -> STATUS_ERROR;
        };
        int type = switch (scratchpad.type()) {
            case BLANK, UNKNOWN -> NodeOtapStatus.TYPE_BLANK;
            case PRESENT -> NodeOtapStatus.TYPE_PRESENT;
            case PROCESS -> NodeOtapStatus.TYPE_PROCESS;
        };
        TargetScratchpadAndAction target = scratchpad.target();
        return new NodeOtapStatus(scratchpad.storedInfo(), type, status, scratchpad.processed(),
                NetworkOtap.FIRMWARE_AREA_ID, sink.state().firmware(), NodeOtapStatus.actionCode(target.action()),
                target.targetSequence().orElse(scratchpad.storedInfo().seq()),
                target.targetCrc().orElse(scratchpad.storedInfo().crc()),
                ProcessingDelays.minutes(target), 0);
    }
}
