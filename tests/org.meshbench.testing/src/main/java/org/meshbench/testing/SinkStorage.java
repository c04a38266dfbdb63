package org.meshbench.testing;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * What one sink of a {@link MinimalGateway} stores: its scratchpad (assembled from chunks, which
 * must come in offset order and fit the gateway's max size), its OTAP target and its
 * configuration data items. Thread-safe.
 */
final class SinkStorage {
    private final long maxChunkSize;
    private final Map<Long, Bytes> items = new HashMap<>();
    private ByteArrayOutputStream partial;
    private long partialSeq;
    private long partialTotal;
    private Bytes scratchpad;
    private long scratchpadSeq;
    private TargetScratchpadAndAction target;

    SinkStorage(long maxChunkSize) {
        this.maxChunkSize = maxChunkSize;
    }

    synchronized ResultCode upload(UploadScratchpadRequest request) {
        if (request.scratchpad().isEmpty()) {
            scratchpad = null;
            partial = null;
            return ResultCode.OK;
        }
        Bytes data = request.scratchpad().get();
        if (request.chunkInfo().isEmpty()) {
            store(data, request.seq());
            return ResultCode.OK;
        }
        return chunk(request.seq(), data, request.chunkInfo().get());
    }

    private ResultCode chunk(long seq, Bytes data, ChunkInfo info) {
        if (data.size() > maxChunkSize) {
            return ResultCode.INVALID_SCRATCHPAD_CHUNK_SIZE;
        }
        if (info.startOffset() == 0) {
            partial = new ByteArrayOutputStream();
            partialSeq = seq;
            partialTotal = info.scratchpadTotalSize();
        } else if (partial == null || partialSeq != seq || partialTotal != info.scratchpadTotalSize()
                || info.startOffset() != partial.size()) {
            return ResultCode.INVALID_SCRATCHPAD_CHUNK_OFFSET;
        }
        if (info.startOffset() + data.size() > partialTotal) {
            return ResultCode.INVALID_SCRATCHPAD_CHUNK_SIZE;
        }
        partial.writeBytes(data.toByteArray());
        if (partial.size() == partialTotal) {
            store(Bytes.of(partial.toByteArray()), seq);
            partial = null;
        }
        return ResultCode.OK;
    }

    private void store(Bytes data, long seq) {
        scratchpad = data;
        scratchpadSeq = seq;
    }

    synchronized Optional<Bytes> scratchpad() {
        return Optional.ofNullable(scratchpad);
    }

    synchronized long scratchpadSeq() {
        return scratchpadSeq;
    }

    synchronized void target(TargetScratchpadAndAction value) {
        target = value;
    }

    synchronized Optional<TargetScratchpadAndAction> target() {
        return Optional.ofNullable(target);
    }

    synchronized void item(ConfigurationDataItem item) {
        if (item.payload().isEmpty()) {
            items.remove(item.endpoint());
        } else {
            items.put(item.endpoint(), item.payload());
        }
    }

    synchronized Optional<ConfigurationDataItem> item(long endpoint) {
        return Optional.ofNullable(items.get(endpoint)).map(payload -> new ConfigurationDataItem(endpoint, payload));
    }
}
