package org.meshbench.network.internal.requests;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.meshbench.network.SinkRef;
import org.meshbench.network.UploadProgress;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChunkInfo;

/**
 * Uploads a scratchpad in chunks, in offset order, each one after the previous was acknowledged;
 * the first failure ends the upload, and cancelling {@link #start()}'s future stops it before
 * the next chunk. Thread-safe.
 */
final class ChunkedUpload {

    /** Sends one upload request. */
    interface ChunkSender {
        CompletableFuture<Void> send(SinkRef sink, long seq, Bytes chunk, Optional<ChunkInfo> chunkInfo);
    }

    private final ChunkSender sender;
    private final SinkRef sink;
    private final long seq;
    private final byte[] image;
    private final int chunkSize;
    private final Consumer<UploadProgress> progress;
    private final Executor workers;
    private final CompletableFuture<Void> result = new CompletableFuture<>();

    ChunkedUpload(ChunkSender sender, SinkRef sink, long seq, Bytes image, int chunkSize,
            Consumer<UploadProgress> progress, Executor workers) {
        this.sender = sender;
        this.sink = sink;
        this.seq = seq;
        this.image = image.toByteArray();
        this.chunkSize = chunkSize;
        this.progress = progress;
        this.workers = workers;
    }

    CompletableFuture<Void> start() {
        sendFrom(0);
        return result;
    }

    private void sendFrom(int offset) {
        if (result.isDone()) {
            return;
        }
        int end = Math.min(image.length, offset + chunkSize);
        Optional<ChunkInfo> info = Optional.of(new ChunkInfo(image.length, offset));
        // Async: a response that is already there must not deepen the stack chunk by chunk.
        sender.send(sink, seq, Bytes.of(Arrays.copyOfRange(image, offset, end)), info)
                .whenCompleteAsync((ignored, error) -> {
                    if (error != null) {
                        result.completeExceptionally(ResponseChecks.unwrap(error));
                        return;
                    }
                    progress.accept(new UploadProgress(sink, end, image.length));
                    if (end == image.length) {
                        result.complete(null);
                    } else {
                        sendFrom(end);
                    }
                }, workers);
    }
}
