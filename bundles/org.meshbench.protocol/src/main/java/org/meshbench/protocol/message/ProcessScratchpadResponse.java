package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Result of a process request ({@code ProcessScratchpadResp}).
 *
 * @param header the header (not null)
 */
public record ProcessScratchpadResponse(ResponseHeader header) implements Response {

    /** Checks the components. */
    public ProcessScratchpadResponse {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.PROCESS_SCRATCHPAD_RESPONSE;
    }
}
