package org.meshbench.decoders.ui.internal.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.ui.internal.model.PacketBuffer;
import org.meshbench.decoders.ui.internal.testing.FakeRegistry;
import org.meshbench.decoders.ui.internal.testing.Packets;
import org.meshbench.mesh.EndpointPair;

class PacketPipelineTest {

    private static final EndpointPair DIAGNOSTICS = EndpointPair.of(251, 255);

    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final FakeRegistry registry = new FakeRegistry().with("w.traffic", DIAGNOSTICS, true)
            .with("w.other", EndpointPair.of(1, 1), true);
    private final PacketBuffer buffer = new PacketBuffer(100);
    private final PacketPipeline pipeline = new PacketPipeline(buffer, new RowDecoder(() -> Optional.of(registry)),
            worker::add, 3);

    @Test
    void packetsAreDecodedOnTheWorkerInBatchesNotOnTheListenerThread() {
        pipeline.offer(Packets.packet(1, 251, 255, (byte) 1));
        pipeline.offer(Packets.packet(2, 251, 255, (byte) 2));

        assertEquals(0, registry.decodeCalls.get(), "nothing decoded on the listener thread");
        assertEquals(1, worker.size(), "one drain for a burst");
        runWorker();

        assertEquals(List.of("1: w.traffic: 1 bytes", "2: w.traffic: 1 bytes"), rows());
    }

    @Test
    void aFullQueueDropsNewPacketsAndCountsThem() {
        for (int i = 0; i < 5; i++) {
            pipeline.offer(Packets.packet(i, 251, 255, (byte) i));
        }
        runWorker();

        assertEquals(3, buffer.snapshot().rows().size());
        assertEquals(2, pipeline.overflowed());
    }

    @Test
    void pausedIgnoresPacketsUntilResumed() {
        pipeline.setPaused(true);
        pipeline.offer(Packets.packet(1, 251, 255, (byte) 1));
        pipeline.setPaused(false);
        pipeline.offer(Packets.packet(2, 251, 255, (byte) 2));
        runWorker();

        assertEquals(1, pipeline.skipped());
        assertEquals(List.of("2: w.traffic: 1 bytes"), rows());
    }

    @Test
    void redecodingAfterDecodeAsChangesOnlyTheRowsOfThatPair() {
        pipeline.offer(Packets.packet(1, 251, 255, (byte) 1));
        pipeline.offer(Packets.packet(2, 1, 1, (byte) 2));
        runWorker();

        registry.setOverride(DIAGNOSTICS, "w.other");
        pipeline.redecode(row -> row.endpoints().filter(DIAGNOSTICS::equals).isPresent());
        runWorker();

        assertEquals(List.of("1: w.other: 1 bytes", "2: w.other: 1 bytes"), rows());
        assertEquals("Other [Decode As] (1 alternative)", buffer.snapshot().rows().get(0).decoderText());
        assertEquals(3, registry.decodeCalls.get(), "the 1→1 packet was not decoded again");
    }

    @Test
    void clearRunsOnTheWorkerAfterThePacketsBeforeIt() {
        pipeline.offer(Packets.packet(1, 251, 255, (byte) 1));
        pipeline.clear();
        runWorker();
        pipeline.offer(Packets.packet(2, 251, 255, (byte) 2));
        runWorker();

        assertEquals(List.of("2: w.traffic: 1 bytes"), rows());
        assertTrue(buffer.snapshot().rows().get(0).number() > 1, "numbers go on after a clear");
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    private List<String> rows() {
        return buffer.snapshot().rows().stream().map(row -> row.packet().sourceAddress() + ": " + row.summary())
                .toList();
    }
}
