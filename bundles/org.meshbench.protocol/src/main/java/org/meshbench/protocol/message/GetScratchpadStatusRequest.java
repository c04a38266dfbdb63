package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Asks for the scratchpad status of one sink ({@code GetScratchpadStatusReq}, topic {@code
 * otap_status}).
 *
 * @param header the header (not null)
 */
public record GetScratchpadStatusRequest(RequestHeader header) implements Request {

    /** Checks the components. */
    public GetScratchpadStatusRequest {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.GET_SCRATCHPAD_STATUS_REQUEST;
    }
}
