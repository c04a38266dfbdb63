package org.meshbench.simulator.internal.sink;

import java.util.HashSet;
import java.util.Set;
import org.meshbench.protocol.value.ResultCode;

/**
 * Collects the chunks of one scratchpad upload. As in the official gateway, a chunk with another
 * sequence or total size, or at offset 0, starts over, and the image is complete once the distinct
 * (offset, length) pieces add up to the total size. In strict mode chunks must also come in order
 * and stay within the total size. Not thread-safe.
 */
final class ChunkAssembly {

    private long seq = -1;
    private long total;
    private byte[] image;
    private final Set<Long> pieces = new HashSet<>();
    private long received;
    private long nextOffset;

    /**
     * @param chunkSeq    the scratchpad sequence
     * @param totalSize   size of the whole image
     * @param offset      where this chunk goes
     * @param data        the chunk, not empty
     * @param strict      whether to check order and bounds
     * @return OK, or INVALID_SCRATCHPAD_CHUNK_OFFSET / _SIZE in strict mode
     */
    ResultCode accept(long chunkSeq, long totalSize, long offset, byte[] data, boolean strict) {
        boolean restart = image == null || chunkSeq != seq || totalSize != total || offset == 0;
        if (strict) {
            if (offset != (restart ? 0 : nextOffset)) {
                return ResultCode.INVALID_SCRATCHPAD_CHUNK_OFFSET;
            }
            if (offset + data.length > totalSize) {
                return ResultCode.INVALID_SCRATCHPAD_CHUNK_SIZE;
            }
        }
        if (restart) {
            start(chunkSeq, totalSize);
        }
        if (offset < total) {
            System.arraycopy(data, 0, image, (int) offset, (int) Math.min(data.length, total - offset));
        }
        if (pieces.add((offset << 32) | data.length)) {
            received += data.length;
        }
        nextOffset = offset + data.length;
        return ResultCode.OK;
    }

    /** @return whether the pieces received cover the total size */
    boolean complete() {
        return image != null && received >= total;
    }

    /** @return the assembled image */
    byte[] image() {
        return image.clone();
    }

    /** Forgets any upload in progress. */
    void reset() {
        image = null;
        seq = -1;
        pieces.clear();
        received = 0;
        nextOffset = 0;
    }

    private void start(long chunkSeq, long totalSize) {
        reset();
        seq = chunkSeq;
        total = totalSize;
        image = new byte[(int) totalSize];
    }
}
