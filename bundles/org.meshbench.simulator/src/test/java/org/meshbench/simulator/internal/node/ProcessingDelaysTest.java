package org.meshbench.simulator.internal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

class ProcessingDelaysTest {

    @Test
    void rawParametersCarryUnitAndCountAsTheOfficialGatewayEncodesThem() {
        assertEquals(10, raw(0x4A), "0x4A: minutes, 10");
        assertEquals(30, raw(0x5E), "0x5E: minutes, 30");
        assertEquals(60, raw(0x81), "0x81: hours, 1");
        assertEquals(6 * 60, raw(0x86), "0x86: hours, 6");
        assertEquals(2 * 24 * 60, raw(0xC2), "0xC2: days, 2");
        assertEquals(0, raw(0x0A), "unit 00 is not a delay");
    }

    @Test
    void enumDelaysMatchTheirRawBytes() {
        assertEquals(raw(0xC5), delay(ProcessingDelay.FIVE_DAYS));
        assertEquals(raw(0xC1), delay(ProcessingDelay.ONE_DAY));
        assertEquals(0, delay(ProcessingDelay.UNKNOWN_DELAY));
    }

    @Test
    void onlyTheDelayedActionHasADelay() {
        Optional<ActionParameter> tenMinutes = Optional.of(new ActionParameter.Delay(ProcessingDelay.TEN_MINUTES));

        assertEquals(10, ProcessingDelays.minutes(new TargetScratchpadAndAction(
                ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY, OptionalLong.empty(), OptionalLong.empty(),
                tenMinutes)));
        assertEquals(0, ProcessingDelays.minutes(new TargetScratchpadAndAction(
                ScratchpadAction.PROPAGATE_ONLY, OptionalLong.empty(), OptionalLong.empty(), tenMinutes)));
    }

    private static long raw(int value) {
        return ProcessingDelays.minutes(Optional.of(new ActionParameter.Raw(value)));
    }

    private static long delay(ProcessingDelay delay) {
        return ProcessingDelays.minutes(Optional.of(new ActionParameter.Delay(delay)));
    }
}
