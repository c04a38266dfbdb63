package org.meshbench.protocol.message;

import java.util.Objects;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * Sets the OTAP target scratchpad and action of a sink ({@code SetScratchpadTargetAndActionReq},
 * topic {@code otap_set_target_scratchpad}).
 *
 * @param header the header (not null)
 * @param targetAndAction target and action (not null)
 */
public record SetScratchpadTargetAndActionRequest(RequestHeader header,
        TargetScratchpadAndAction targetAndAction) implements Request {

    /** Checks the components. */
    public SetScratchpadTargetAndActionRequest {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(targetAndAction, "targetAndAction");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.SET_SCRATCHPAD_TARGET_AND_ACTION_REQUEST;
    }
}
