package org.meshbench.protocol.message;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.Uint32;

/**
 * Uploads a scratchpad image, or one chunk of it, to a sink, or clears the stored one ({@code
 * UploadScratchpadReq}, topic {@code otap_load_scratchpad}).
 *
 * @param header the header (not null)
 * @param seq sequence number of the scratchpad (uint32)
 * @param scratchpad the image or chunk; empty clears the stored scratchpad
 * @param chunkInfo where the chunk goes, when {@code scratchpad} is one chunk
 */
public record UploadScratchpadRequest(RequestHeader header, long seq, Optional<Bytes> scratchpad,
        Optional<ChunkInfo> chunkInfo) implements Request {

    /** Checks the components. */
    public UploadScratchpadRequest {
        Objects.requireNonNull(header, "header");
        Uint32.require("seq", seq);
        Objects.requireNonNull(scratchpad, "scratchpad");
        Objects.requireNonNull(chunkInfo, "chunkInfo");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.UPLOAD_SCRATCHPAD_REQUEST;
    }
}
