package org.meshbench.simulator.internal.node;

import java.util.Optional;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * Minutes of an OTAP processing delay. A raw parameter is the byte the sink receives: bits 7-6
 * give the unit (01 minutes, 10 hours, 11 days) and bits 5-0 the count, which is how the official
 * gateway encodes the delay enum (10 min = 0x4A, 1 h = 0x81, 1 d = 0xC1).
 */
public final class ProcessingDelays {

    private static final int MINUTES_PER_HOUR = 60;
    private static final int MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

    private ProcessingDelays() {
    }

    /**
     * @param target a target and action
     * @return its processing delay in minutes; 0 unless the action is to process with a delay
     */
    public static long minutes(TargetScratchpadAndAction target) {
        return target.action() == ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY ? minutes(target.param()) : 0;
    }

    /**
     * @param param an action's parameter
     * @return its delay in minutes; 0 without a parameter or for an unknown delay
     */
    public static long minutes(Optional<ActionParameter> param) {
        return param.map(ProcessingDelays::minutes).orElse(0L);
    }

    private static long minutes(ActionParameter param) {
        return switch (param) {
            case ActionParameter.Delay delay -> minutes(delay.delay());
            case ActionParameter.Raw raw -> rawMinutes((int) raw.raw());
        };
    }

    private static long minutes(ProcessingDelay delay) {
        return switch (delay) {
            case TEN_MINUTES -> 10;
            case THIRTY_MINUTES -> 30;
            case ONE_HOUR -> MINUTES_PER_HOUR;
            case SIX_HOURS -> 6 * MINUTES_PER_HOUR;
            case ONE_DAY -> MINUTES_PER_DAY;
            case TWO_DAYS -> 2 * MINUTES_PER_DAY;
            case FIVE_DAYS -> 5 * MINUTES_PER_DAY;
            case UNKNOWN_DELAY -> 0;
        };
    }

    private static long rawMinutes(int raw) {
        int count = raw & 0x3F;
        return switch ((raw >> 6) & 0x03) {
            case 1 -> count;
            case 2 -> (long) count * MINUTES_PER_HOUR;
            case 3 -> (long) count * MINUTES_PER_DAY;
            default -> 0;
        };
    }
}
