package org.meshbench.network;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * The scratchpad status of one sink, as its gateway reported it. Immutable.
 *
 * @param stored the scratchpad stored in the sink
 * @param storedStatus outcome of the last processing of the stored scratchpad
 * @param storedType what the stored scratchpad is
 * @param processed the scratchpad the running firmware came from
 * @param firmwareAreaId firmware area id
 * @param targetAndAction OTAP target and action (newer sinks only)
 */
public record ScratchpadStatusReport(Optional<ScratchpadInfo> stored, Optional<ScratchpadStatus> storedStatus,
        Optional<ScratchpadType> storedType, Optional<ScratchpadInfo> processed, OptionalLong firmwareAreaId,
        Optional<TargetScratchpadAndAction> targetAndAction) {

    /** Checks for nulls. */
    public ScratchpadStatusReport {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(storedStatus, "storedStatus");
        Objects.requireNonNull(storedType, "storedType");
        Objects.requireNonNull(processed, "processed");
        Objects.requireNonNull(firmwareAreaId, "firmwareAreaId");
        Objects.requireNonNull(targetAndAction, "targetAndAction");
    }

    /**
     * @param response a gateway's response
     * @return its status fields
     */
    public static ScratchpadStatusReport of(GetScratchpadStatusResponse response) {
        return new ScratchpadStatusReport(response.storedScratchpad(), response.storedStatus(),
                response.storedType(), response.processedScratchpad(), response.firmwareAreaId(),
                response.targetAndAction());
    }
}
