package org.meshbench.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbench.history.internal.TrafficRecords;
import org.meshbench.protocol.DecodeException;

/**
 * Stores MQTT messages of the gateway API in a {@link HistoryDatabase}: {@link #offer} puts a message into a
 * bounded buffer at once, without blocking, and one writer thread stores what is buffered in batches. A
 * message is acknowledged (its acknowledgement run) only once its batch is committed, so a message whose
 * acknowledgement went to the broker is in the database; one that was not acknowledged stays with the
 * broker. While the database is slow or away the writer retries the same batch with a growing pause and the
 * buffer fills; when it stays full, {@link #offer} refuses the message, counts it in
 * {@link RecorderStats#overflowed()} and leaves it unacknowledged.
 *
 * <p>Thread-safety: {@link #offer} and {@link #stats} may be called from any thread.
 *
 * @since 0.1
 */
public final class HistoryRecorder implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HistoryRecorder.class.getName());
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final HistoryDatabase database;
    private final TrafficRecords records;
    private final BlockingQueue<Pending> buffer;
    private final int batchSize;
    private final Thread writer;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();
    private final AtomicLong overflowed = new AtomicLong();
    private final AtomicLong failedWrites = new AtomicLong();
    private volatile String lastFailure;
    private volatile boolean accepting = true;
    private volatile long drainDeadline = Long.MAX_VALUE;

    private record Pending(String topic, byte[] payload, long receivedAtMs, Runnable acknowledgement) {
    }

    /**
     * Starts the writer thread.
     *
     * @param database where to store; the caller closes it after this recorder
     * @param decoding decodes packet payloads for the decoder columns
     * @param capacity most messages buffered, at least the broker's in-flight window
     * @param batchSize most messages per transaction
     */
    public HistoryRecorder(HistoryDatabase database, PacketDecoding decoding, int capacity, int batchSize) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("capacity and batch size must be positive");
        }
        this.database = database;
        this.records = new TrafficRecords(decoding);
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.writer = new Thread(this::writeUntilClosed, "meshbench-history-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Buffers a message if there is room; never blocks.
     *
     * @param topic the MQTT topic
     * @param payload the MQTT payload, not modified afterwards
     * @param acknowledgement run once the message is stored (or known to need no storing)
     * @return whether it was buffered; {@code false} when the buffer is full or the recorder closed
     */
    public boolean offer(String topic, byte[] payload, Runnable acknowledgement) {
        return offer(topic, payload, acknowledgement, Duration.ZERO);
    }

    /**
     * Buffers a message, waiting for room up to {@code wait}. Waiting on the MQTT client's thread is
     * back-pressure: the client stops reading, so the broker stops sending until the database caught up.
     *
     * @param topic the MQTT topic
     * @param payload the MQTT payload, not modified afterwards
     * @param acknowledgement run once the message is stored (or known to need no storing)
     * @param wait longest wait for room in the buffer
     * @return whether it was buffered; {@code false} when the buffer stayed full or the recorder closed
     */
    public boolean offer(String topic, byte[] payload, Runnable acknowledgement, Duration wait) {
        received.incrementAndGet();
        Pending pending = new Pending(topic, payload, System.currentTimeMillis(), acknowledgement);
        try {
            if (accepting && buffer.offer(pending, wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        overflowed.incrementAndGet();
        return false;
    }

    /** @return the counters so far */
    public RecorderStats stats() {
        return new RecorderStats(received.get(), stored.get(), duplicates.get(), ignored.get(), overflowed.get(),
                failedWrites.get(), buffer.size(), Optional.ofNullable(lastFailure));
    }

    /**
     * Stops taking messages and waits for the buffered ones to be stored.
     *
     * @param drain how long to keep trying; what is still buffered then stays unacknowledged
     * @return the counters at the end
     */
    public RecorderStats close(Duration drain) {
        drainDeadline = System.nanoTime() + drain.toNanos();
        accepting = false;
        try {
            writer.join(drain.plus(LAST_RETRY).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stats();
    }

    /** Stops after a drain of up to ten seconds. */
    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private void writeUntilClosed() {
        List<Pending> batch = new ArrayList<>(batchSize);
        try {
            while (accepting || (!buffer.isEmpty() && System.nanoTime() < drainDeadline)) {
                Pending first = buffer.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    buffer.drainTo(batch, batchSize - 1);
                    storeWithRetries(batch);
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void storeWithRetries(List<Pending> batch) throws InterruptedException {
        List<HistoryRecord> toStore = new ArrayList<>(batch.size());
        List<Runnable> acknowledgements = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            Optional<HistoryRecord> record = record(pending);
            if (record.isPresent()) {
                toStore.add(record.get());
                acknowledgements.add(pending.acknowledgement());
            } else {
                ignored.incrementAndGet();
                acknowledge(pending.acknowledgement());
            }
        }
        Duration pause = FIRST_RETRY;
        while (!toStore.isEmpty()) {
            try {
                WriteResult result = database.write(toStore);
                stored.addAndGet(result.stored());
                duplicates.addAndGet(result.duplicates());
                acknowledgements.forEach(HistoryRecorder::acknowledge);
                return;
            } catch (HistoryException e) {
                failedWrites.incrementAndGet();
                lastFailure = e.getMessage();
                LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; trying again in " + pause.toMillis() + " ms");
                if (!accepting && System.nanoTime() > drainDeadline) {
                    return; // closing: what is left stays unacknowledged at the broker
                }
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
            }
        }
    }

    /** The message is stored whatever its acknowledgement does; a failed one only means a re-delivery. */
    private static void acknowledge(Runnable acknowledgement) {
        try {
            acknowledgement.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "acknowledgement failed; the broker will send the message again", e);
        }
    }

    private Optional<HistoryRecord> record(Pending pending) {
        try {
            return records.of(pending.topic(), pending.payload(), pending.receivedAtMs());
        } catch (DecodeException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "not stored, does not decode: " + pending.topic() + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }
}
