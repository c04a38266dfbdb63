package org.meshbench.simulator.internal.node;

import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadInfo;

/**
 * What a node reports in a Remote API scratchpad status response, in the response's own codes.
 *
 * @param stored           the stored scratchpad (all zero when blank)
 * @param storedType       0 blank, 1 present, 2 marked for processing
 * @param storedStatus     0 processed successfully, 255 new (not processed yet)
 * @param processed        the scratchpad the running firmware came from
 * @param firmwareAreaId   firmware area id
 * @param firmware         the running stack version
 * @param action           OTAP action: 0 no OTAP, 1 propagate only, 2 propagate and process,
 *                         3 propagate and process with delay, 4 legacy
 * @param targetSequence   target scratchpad sequence
 * @param targetCrc        target scratchpad CRC
 * @param delayMinutes     processing delay
 * @param remainingMinutes time left before processing
 */
public record NodeOtapStatus(ScratchpadInfo stored, int storedType, int storedStatus, ScratchpadInfo processed,
        long firmwareAreaId, FirmwareVersion firmware, int action, long targetSequence, long targetCrc,
        long delayMinutes, long remainingMinutes) {

    /** Stored type code of a blank scratchpad area. */
    public static final int TYPE_BLANK = 0;
    /** Stored type code of a valid scratchpad. */
    public static final int TYPE_PRESENT = 1;
    /** Stored type code of a scratchpad marked for processing. */
    public static final int TYPE_PROCESS = 2;
    /** Status code of a scratchpad that was processed. */
    public static final int STATUS_SUCCESS = 0;
    /** Status code of a scratchpad not processed yet. */
    public static final int STATUS_NEW = 255;

    /**
     * @param action an action of the gateway API
     * @return its Remote API code: the API's number minus one (NO_OTAP 1 → 0 … LEGACY_OTAP 5 → 4)
     */
    public static int actionCode(ScratchpadAction action) {
        return Math.max(0, action.wireValue() - 1);
    }
}
