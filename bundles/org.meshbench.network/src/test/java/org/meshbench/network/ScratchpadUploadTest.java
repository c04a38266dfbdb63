package org.meshbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.internal.NetworkClientImpl;
import org.meshbench.network.testing.Await;
import org.meshbench.network.testing.FakeTransport;
import org.meshbench.network.testing.Messages;
import org.meshbench.network.testing.ScriptedGateway;
import org.meshbench.network.testing.TestClients;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.ResultCode;

class ScratchpadUploadTest {
    private static final SinkRef SINK = new SinkRef("gw1", "sink0");

    private final FakeTransport transport = new FakeTransport();
    private final ScriptedGateway gateway = new ScriptedGateway(transport, "gw1");
    private final NetworkClientImpl client = TestClients.connected(transport, TestClients.options().build());

    @AfterEach
    void close() {
        client.close();
    }

    private static Bytes image(int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) i;
        }
        return Bytes.of(data);
    }

    private void gatewayWith(long maxSize, GatewayFeature... features) {
        Messages.deliver(transport, Messages.online("gw1", maxSize, List.of(features), Messages.sink("sink0", 7, 1)));
    }

    private List<UploadScratchpadRequest> uploads() {
        return gateway.received().stream().map(UploadScratchpadRequest.class::cast).toList();
    }

    @Test
    void aSmallImageGoesInOneRequest() throws Exception {
        gatewayWith(1024, GatewayFeature.SCRATCHPAD_CHUNK_V1);
        List<UploadProgress> progress = new CopyOnWriteArrayList<>();
        client.sync().uploadScratchpad(SINK, 3, image(1024), progress::add);
        assertEquals(1, uploads().size());
        assertEquals(Optional.empty(), uploads().get(0).chunkInfo());
        Await.until("progress reported", () -> progress.size() == 1);
        assertTrue(progress.get(0).complete());
    }

    @Test
    void aLargeImageGoesInOrderedChunksWithProgress() throws Exception {
        gatewayWith(100, GatewayFeature.SCRATCHPAD_CHUNK_V1);
        List<UploadProgress> progress = new CopyOnWriteArrayList<>();
        client.sync().uploadScratchpad(SINK, 3, image(250), progress::add);

        assertEquals(List.of(new ChunkInfo(250, 0), new ChunkInfo(250, 100), new ChunkInfo(250, 200)),
                uploads().stream().map(upload -> upload.chunkInfo().orElseThrow()).toList());
        assertEquals(image(250).toHex(), uploads().stream()
                .map(upload -> upload.scratchpad().orElseThrow().toHex()).reduce("", String::concat));
        assertEquals(List.of(100L, 200L, 250L), progress.stream().map(UploadProgress::bytesAcknowledged).toList());
    }

    @Test
    void aLargeImageNeedsTheChunkFeature() {
        gatewayWith(100);
        assertThrows(FeatureNotSupportedException.class,
                () -> client.sync().uploadScratchpad(SINK, 3, image(250), step -> { }));
        assertTrue(gateway.received().isEmpty());
    }

    @Test
    void theFirstFailedChunkEndsTheUpload() {
        gatewayWith(100, GatewayFeature.SCRATCHPAD_CHUNK_V1);
        gateway.fail(Command.OTAP_LOAD_SCRATCHPAD, ResultCode.INVALID_SCRATCHPAD_CHUNK_OFFSET);
        GatewayErrorException error = assertThrows(GatewayErrorException.class,
                () -> client.sync().uploadScratchpad(SINK, 3, image(250), step -> { }));
        assertEquals(ResultCode.INVALID_SCRATCHPAD_CHUNK_OFFSET, error.result());
        assertEquals(1, uploads().size());
    }

    @Test
    void cancellingStopsFurtherChunks() throws InterruptedException {
        gatewayWith(100, GatewayFeature.SCRATCHPAD_CHUNK_V1);
        AtomicReference<CompletableFuture<Void>> upload = new AtomicReference<>();
        List<UploadProgress> progress = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        upload.set(client.services().uploadScratchpad(SINK, 3, image(1000), step -> {
            awaitQuietly(started);
            progress.add(step);
            upload.get().cancel(true);
        }));
        started.countDown();
        Await.until("cancelled after the first chunk", () -> upload.get().isCancelled() && !progress.isEmpty());
        Thread.sleep(Duration.ofMillis(50));
        assertEquals(1, uploads().size());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
