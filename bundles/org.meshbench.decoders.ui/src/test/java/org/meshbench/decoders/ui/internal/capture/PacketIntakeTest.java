package org.meshbench.decoders.ui.internal.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.EndpointPair;
import org.meshbench.decoders.ui.internal.model.PacketBuffer;
import org.meshbench.decoders.ui.internal.testing.FakeRegistry;
import org.meshbench.decoders.ui.internal.testing.Packets;

class PacketIntakeTest {

    private static final EndpointPair DIAGNOSTICS = EndpointPair.of(251, 255);

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final AtomicInteger changes = new AtomicInteger();
    private final FakeRegistry registry = new FakeRegistry().with("w.traffic", DIAGNOSTICS, true)
            .with("w.other", EndpointPair.of(1, 1), true);
    private final PacketBuffer buffer = new PacketBuffer(100);
    private final PacketIntake intake = new PacketIntake(buffer, new RowDecoder(() -> Optional.of(registry)),
            changes::incrementAndGet, background::add);

    @Test
    void packetsAreDecodedOnTheListenerThreadInOrderAndEachTellsTheView() {
        intake.accept(Packets.packet(1, 251, 255, (byte) 1));
        intake.accept(Packets.packet(2, 251, 255, (byte) 2));

        assertEquals(List.of("1: w.traffic: 1 bytes", "2: w.traffic: 1 bytes"), rows());
        assertEquals(2, changes.get());
        assertTrue(background.isEmpty(), "no hand-off to another thread");
    }

    @Test
    void pausedIgnoresPacketsUntilResumed() {
        intake.setPaused(true);
        intake.accept(Packets.packet(1, 251, 255, (byte) 1));
        intake.setPaused(false);
        intake.accept(Packets.packet(2, 251, 255, (byte) 2));

        assertEquals(1, intake.skipped());
        assertEquals(List.of("2: w.traffic: 1 bytes"), rows());
        assertEquals(4, changes.get(), "the ignored count and the paused state are shown too");
    }

    @Test
    void redecodingAfterDecodeAsChangesOnlyTheRowsOfThatPairInTheBackground() {
        intake.accept(Packets.packet(1, 251, 255, (byte) 1));
        intake.accept(Packets.packet(2, 1, 1, (byte) 2));

        registry.setOverride(DIAGNOSTICS, "w.other");
        intake.redecode(row -> row.endpoints().filter(DIAGNOSTICS::equals).isPresent());
        assertEquals(List.of("1: w.traffic: 1 bytes", "2: w.other: 1 bytes"), rows(), "not on the caller's thread");
        runBackground();

        assertEquals(List.of("1: w.other: 1 bytes", "2: w.other: 1 bytes"), rows());
        assertEquals("Other [Decode As] (1 alternative)", buffer.snapshot().rows().get(0).decoderText());
        assertEquals(3, registry.decodeCalls.get(), "the 1→1 packet was not decoded again");
    }

    @Test
    void clearForgetsRowsAndCountsWhileNumbersGoOn() {
        intake.setPaused(true);
        intake.accept(Packets.packet(1, 251, 255, (byte) 1));
        intake.setPaused(false);
        intake.accept(Packets.packet(2, 251, 255, (byte) 2));
        intake.clear();
        intake.accept(Packets.packet(3, 251, 255, (byte) 3));

        assertEquals(List.of("3: w.traffic: 1 bytes"), rows());
        assertEquals(0, intake.skipped());
        assertTrue(buffer.snapshot().rows().get(0).number() > 1, "numbers go on after a clear");
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private List<String> rows() {
        return buffer.snapshot().rows().stream().map(row -> row.packet().sourceAddress() + ": " + row.summary())
                .toList();
    }
}
