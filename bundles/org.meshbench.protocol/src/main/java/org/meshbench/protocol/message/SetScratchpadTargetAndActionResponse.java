package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Result of setting the target and action ({@code SetScratchpadTargetAndActionResp}).
 *
 * @param header the header (not null)
 */
public record SetScratchpadTargetAndActionResponse(ResponseHeader header) implements Response {

    /** Checks the components. */
    public SetScratchpadTargetAndActionResponse {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.SET_SCRATCHPAD_TARGET_AND_ACTION_RESPONSE;
    }
}
