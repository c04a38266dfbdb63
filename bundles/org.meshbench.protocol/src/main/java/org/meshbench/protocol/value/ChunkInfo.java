package org.meshbench.protocol.value;

/**
 * Position of one chunk in a scratchpad that is uploaded in pieces ({@code ChunkInfo} of
 * {@code UploadScratchpadReq}); only for gateways with {@link GatewayFeature#SCRATCHPAD_CHUNK_V1}.
 *
 * @param scratchpadTotalSize size of the whole scratchpad in bytes (uint32)
 * @param startOffset         offset of this chunk in the whole scratchpad (uint32)
 */
public record ChunkInfo(long scratchpadTotalSize, long startOffset) {

    /** Checks the uint32 ranges. */
    public ChunkInfo {
        Uint32.require("scratchpad_total_size", scratchpadTotalSize);
        Uint32.require("start_offset", startOffset);
    }
}
