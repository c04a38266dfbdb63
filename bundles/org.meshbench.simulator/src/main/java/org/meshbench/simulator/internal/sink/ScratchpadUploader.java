package org.meshbench.simulator.internal.sink;

import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.ResultCode;

/**
 * Applies upload requests to a sink's {@link ScratchpadStore}: a missing or empty scratchpad clears
 * the area, a request without chunk info stores the whole image, chunks are collected until the
 * image is complete. Stateless apart from its settings.
 */
public final class ScratchpadUploader {

    /** Lowest scratchpad sequence; 0 is reserved. */
    public static final long MIN_SEQ = 1;
    /** Highest scratchpad sequence; 255 is reserved. */
    public static final long MAX_SEQ = 254;

    private final long maxRequestSize;
    private final boolean strict;

    /**
     * @param maxRequestSize the gateway's announced largest scratchpad in one request
     * @param strict         whether chunks are checked for order, bounds and size
     */
    public ScratchpadUploader(long maxRequestSize, boolean strict) {
        this.maxRequestSize = maxRequestSize;
        this.strict = strict;
    }

    /**
     * @param store   the sink's scratchpad area
     * @param request the upload request
     * @return the result code for the response
     */
    public ResultCode upload(ScratchpadStore store, UploadScratchpadRequest request) {
        byte[] data = request.scratchpad().map(Bytes::toByteArray).orElse(new byte[0]);
        if (data.length == 0) {
            store.clear();
            return ResultCode.OK;
        }
        if (request.seq() < MIN_SEQ || request.seq() > MAX_SEQ) {
            return ResultCode.INVALID_SEQUENCE_NUMBER;
        }
        if (request.chunkInfo().isEmpty()) {
            return uploadWhole(store, request.seq(), data);
        }
        return uploadChunk(store, request.seq(), request.chunkInfo().get(), data);
    }

    private ResultCode uploadWhole(ScratchpadStore store, long seq, byte[] image) {
        if (image.length > maxRequestSize || !fitsArea(image.length)) {
            return ResultCode.INVALID_SCRATCHPAD_SIZE;
        }
        store.store(seq, image);
        return ResultCode.OK;
    }

    private ResultCode uploadChunk(ScratchpadStore store, long seq, ChunkInfo chunk, byte[] data) {
        if (!fitsArea(chunk.scratchpadTotalSize())) {
            return ResultCode.INVALID_SCRATCHPAD_SIZE;
        }
        if (strict && data.length > maxRequestSize) {
            return ResultCode.INVALID_SCRATCHPAD_CHUNK_SIZE;
        }
        ChunkAssembly chunks = store.chunks();
        ResultCode result = chunks.accept(seq, chunk.scratchpadTotalSize(), chunk.startOffset(), data, strict);
        if (result.isOk() && chunks.complete()) {
            store.store(seq, chunks.image());
        }
        return result;
    }

    private static boolean fitsArea(long size) {
        return size > 0 && size <= SinkHardware.SCRATCHPAD_CAPACITY && size % SinkHardware.SCRATCHPAD_BLOCK == 0;
    }
}
