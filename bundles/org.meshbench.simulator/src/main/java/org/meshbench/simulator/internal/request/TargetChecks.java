package org.meshbench.simulator.internal.request;

import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.simulator.internal.sink.ScratchpadUploader;

/**
 * Checks of a target and action. As officially, values that do not fit the sink's bytes (sequence
 * over 255, CRC over 0xFFFF, raw parameter over 255), an unknown action and a delayed action
 * without a known delay give INVALID_PARAM; strict mode also wants a target sequence of 1..254.
 */
final class TargetChecks {

    private static final long MAX_BYTE = 0xFF;
    private static final long MAX_CRC = 0xFFFF;

    private TargetChecks() {
    }

    static ResultCode check(TargetScratchpadAndAction target, boolean strict) {
        if (target.action() == ScratchpadAction.UNKNOWN_ACTION
                || target.targetSequence().orElse(0) > MAX_BYTE
                || target.targetCrc().orElse(0) > MAX_CRC
                || target.param().map(TargetChecks::invalidParameter).orElse(false)
                || (target.action() == ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY && target.param().isEmpty())) {
            return ResultCode.INVALID_PARAM;
        }
        boolean sequenceInRange = target.targetSequence().isEmpty()
                || (target.targetSequence().getAsLong() >= ScratchpadUploader.MIN_SEQ
                        && target.targetSequence().getAsLong() <= ScratchpadUploader.MAX_SEQ);
        return strict && !sequenceInRange ? ResultCode.INVALID_SEQUENCE_NUMBER : ResultCode.OK;
    }

    private static boolean invalidParameter(ActionParameter param) {
        return switch (param) {
            case ActionParameter.Delay delay -> delay.delay() == ProcessingDelay.UNKNOWN_DELAY;
            case ActionParameter.Raw raw -> raw.raw() > MAX_BYTE;
        };
    }
}
