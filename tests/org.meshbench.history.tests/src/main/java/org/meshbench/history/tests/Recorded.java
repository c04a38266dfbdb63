package org.meshbench.history.tests;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.history.HistoryRecorder;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.testing.EventPublisher;

/** Offers events to a recorder and remembers which ones it acknowledged. Thread-safe. */
final class Recorded {

    private final HistoryRecorder recorder;
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();

    Recorded(HistoryRecorder recorder) {
        this.recorder = recorder;
    }

    /** Offers the benchmark publisher's events with ids {@code first .. first + count - 1}. */
    void offer(long first, int count) {
        for (long id = first; id < first + count; id++) {
            EncodedMessage event = EventPublisher.encoded(id);
            long eventId = id;
            if (!recorder.offer(event.topic(), event.payload().toByteArray(), () -> acknowledged.add(eventId))) {
                throw new AssertionError("the buffer refused event " + id);
            }
        }
    }

    Set<Long> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** Waits until {@code count} events are acknowledged. */
    void awaitAcknowledged(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(acknowledged.size() + " of " + count + " acknowledged after " + limit
                        + "; " + recorder.stats());
            }
            Thread.sleep(10);
        }
    }
}
