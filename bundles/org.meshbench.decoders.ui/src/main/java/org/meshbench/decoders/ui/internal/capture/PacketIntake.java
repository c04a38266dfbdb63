package org.meshbench.decoders.ui.internal.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.meshbench.decoders.ui.internal.model.PacketBuffer;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.network.ReceivedPacket;

/**
 * Takes received packets off the network client's listener thread and decodes them in batches on
 * a worker, into the buffer the view shows. The listener thread only queues: a full queue drops
 * the packet and counts it, so that a burst never blocks the client or the UI. Re-decoding and
 * clearing run on the same worker, so they keep their order with the packets. Thread-safe.
 */
public final class PacketPipeline {

    /** Rows per buffer update, so that a long backlog shows up in steps. */
    static final int BATCH = 500;

    private final PacketBuffer buffer;
    private final RowDecoder decoder;
    private final Executor worker;
    private final BlockingQueue<ReceivedPacket> incoming;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicLong overflowed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean paused;
    private long nextNumber = 1; // worker only

    /**
     * @param buffer where decoded rows go
     * @param decoder decodes a packet into a row
     * @param worker runs one task at a time, in order, off the UI thread
     * @param queueCapacity packets that may wait for the worker
     */
    public PacketPipeline(PacketBuffer buffer, RowDecoder decoder, Executor worker, int queueCapacity) {
        this.buffer = buffer;
        this.decoder = decoder;
        this.worker = worker;
        this.incoming = new ArrayBlockingQueue<>(queueCapacity);
    }

    /** @param packet a received packet; returns at once */
    public void offer(ReceivedPacket packet) {
        if (paused) {
            skipped.incrementAndGet();
            return;
        }
        if (!incoming.offer(packet)) {
            overflowed.incrementAndGet();
            return;
        }
        if (drainScheduled.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** @param pause whether to ignore packets from now on */
    public void setPaused(boolean pause) {
        paused = pause;
    }

    /** @return whether packets are ignored */
    public boolean paused() {
        return paused;
    }

    /** @return packets lost because they came faster than the worker decoded them */
    public long overflowed() {
        return overflowed.get();
    }

    /** @return packets ignored while paused */
    public long skipped() {
        return skipped.get();
    }

    /**
     * Decodes the buffered rows that match again, on the worker.
     *
     * @param which the rows to decode again
     */
    public void redecode(Predicate<PacketRow> which) {
        worker.execute(() -> {
            Map<Long, PacketRow> decoded = new HashMap<>();
            for (PacketRow row : buffer.snapshot().rows()) {
                if (which.test(row)) {
                    decoded.put(row.number(), decoder.redecode(row));
                }
            }
            buffer.replace(decoded);
        });
    }

    /** Forgets the buffered and the waiting packets and the counts, on the worker. */
    public void clear() {
        worker.execute(() -> {
            incoming.clear();
            buffer.clear();
            overflowed.set(0);
            skipped.set(0);
        });
    }

    private void drain() {
        drainScheduled.set(false); // a packet queued from now on schedules another drain
        List<ReceivedPacket> batch = new ArrayList<>(BATCH);
        while (incoming.drainTo(batch, BATCH) > 0) {
            List<PacketRow> rows = new ArrayList<>(batch.size());
            for (ReceivedPacket packet : batch) {
                rows.add(decoder.decode(nextNumber++, packet));
            }
            buffer.add(rows);
            batch.clear();
        }
    }
}
