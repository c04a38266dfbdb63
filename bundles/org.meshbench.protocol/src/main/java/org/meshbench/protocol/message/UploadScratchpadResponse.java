package org.meshbench.protocol.message;

import java.util.Objects;

/**
 * Result of an upload ({@code UploadScratchpadResp}).
 *
 * @param header the header (not null)
 */
public record UploadScratchpadResponse(ResponseHeader header) implements Response {

    /** Checks the components. */
    public UploadScratchpadResponse {
        Objects.requireNonNull(header, "header");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.UPLOAD_SCRATCHPAD_RESPONSE;
    }
}
