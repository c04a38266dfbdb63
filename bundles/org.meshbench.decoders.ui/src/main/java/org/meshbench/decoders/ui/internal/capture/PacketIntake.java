package org.meshbench.decoders.ui.internal.capture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.meshbench.decoders.ui.internal.model.PacketBuffer;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.network.ReceivedPacket;

/**
 * Decodes received packets into the buffer the view shows, on the network client's listener thread: the client's
 * listener queue already takes them off the MQTT thread, in order, and drops and counts what does not fit, so a
 * second queue here would only add a hand-off. Every change is told to the view, which folds them into a few
 * repaints a second. Re-decoding runs in the background under the same lock as the packets, so that it keeps its
 * order with them. Thread-safe.
 */
public final class PacketIntake implements Consumer<ReceivedPacket> {

    private final PacketBuffer buffer;
    private final RowDecoder decoder;
    private final Runnable changed;
    private final Executor background;
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean paused;
    private long nextNumber = 1; // guarded by this

    /**
     * @param buffer where decoded rows go
     * @param decoder decodes a packet into a row
     * @param changed told of every change of the buffer or the counts, on the thread that made it
     * @param background runs re-decoding off the UI thread
     */
    public PacketIntake(PacketBuffer buffer, RowDecoder decoder, Runnable changed, Executor background) {
        this.buffer = buffer;
        this.decoder = decoder;
        this.changed = changed;
        this.background = background;
    }

    /** @param packet a received packet, decoded on the calling (listener) thread */
    @Override
    public void accept(ReceivedPacket packet) {
        if (paused) {
            skipped.incrementAndGet();
        } else {
            synchronized (this) {
                buffer.add(List.of(decoder.decode(nextNumber++, packet)));
            }
        }
        changed.run();
    }

    /** @param pause whether to ignore packets from now on */
    public void setPaused(boolean pause) {
        paused = pause;
        changed.run();
    }

    /** @return whether packets are ignored */
    public boolean paused() {
        return paused;
    }

    /** @return packets ignored while paused */
    public long skipped() {
        return skipped.get();
    }

    /**
     * Decodes the buffered rows that match again, in the background.
     *
     * @param which the rows to decode again
     */
    public void redecode(Predicate<PacketRow> which) {
        background.execute(() -> {
            synchronized (this) {
                Map<Long, PacketRow> decoded = new HashMap<>();
                for (PacketRow row : buffer.snapshot().rows()) {
                    if (which.test(row)) {
                        decoded.put(row.number(), decoder.redecode(row));
                    }
                }
                buffer.replace(decoded);
            }
            changed.run();
        });
    }

    /** Forgets the buffered packets and the counts; row numbers go on. */
    public void clear() {
        buffer.clear();
        skipped.set(0);
        changed.run();
    }
}
