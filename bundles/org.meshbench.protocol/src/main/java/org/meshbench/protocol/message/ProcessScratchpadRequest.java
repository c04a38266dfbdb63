package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Asks a sink to process its stored scratchpad ({@code ProcessScratchpadReq}, topic {@code
 * otap_process_scratchpad}).
 *
 * @param header the header (not null)
 */
public record ProcessScratchpadRequest(RequestHeader header) implements Request {

    /** Checks the components. */
    public ProcessScratchpadRequest {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.PROCESS_SCRATCHPAD_REQUEST;
    }
}
