package org.meshbench.protocol.message;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.protocol.value.Uint32;

/**
 * The scratchpad status of one sink ({@code GetScratchpadStatusResp}).
 *
 * @param header the header (not null)
 * @param storedScratchpad the scratchpad stored in the sink
 * @param storedStatus status of the stored scratchpad
 * @param storedType type of the stored scratchpad
 * @param processedScratchpad the scratchpad the running firmware came from
 * @param firmwareAreaId firmware area id (uint32)
 * @param targetAndAction OTAP target and action (newer sinks only)
 */
public record GetScratchpadStatusResponse(ResponseHeader header, Optional<ScratchpadInfo> storedScratchpad,
        Optional<ScratchpadStatus> storedStatus, Optional<ScratchpadType> storedType,
        Optional<ScratchpadInfo> processedScratchpad, OptionalLong firmwareAreaId,
        Optional<TargetScratchpadAndAction> targetAndAction) implements Response {

    /** Checks the components. */
    public GetScratchpadStatusResponse {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(storedScratchpad, "storedScratchpad");
        Objects.requireNonNull(storedStatus, "storedStatus");
        Objects.requireNonNull(storedType, "storedType");
        Objects.requireNonNull(processedScratchpad, "processedScratchpad");
        Uint32.require("firmware_area_id", firmwareAreaId);
        Objects.requireNonNull(targetAndAction, "targetAndAction");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.GET_SCRATCHPAD_STATUS_RESPONSE;
    }
}
