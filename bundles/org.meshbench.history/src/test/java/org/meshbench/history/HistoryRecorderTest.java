package org.meshbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.protocol.EncodedMessage;

/** Acknowledgement after commit, retries while the database fails, and a counted overflow. */
class HistoryRecorderTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void eachMessageIsAcknowledgedOnceItIsStored() throws Exception {
        try (HistoryDatabase database = HistoryDatabase.open(dir.resolve("h.db").toString());
                HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, 100, 10)) {
            CountDownLatch acknowledged = new CountDownLatch(3);
            offer(recorder, TrafficMessages.packet("gw1", 1), acknowledged::countDown);
            offer(recorder, TrafficMessages.packet("gw1", 1), acknowledged::countDown);
            offer(recorder, TrafficMessages.status("gw1", 2), acknowledged::countDown);

            assertTrue(acknowledged.await(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            RecorderStats stats = recorder.stats();
            assertEquals(2, stats.stored());
            assertEquals(1, stats.duplicates());
            assertEquals(1, database.packets(HistoryQuery.all()).size());
        }
    }

    @Test
    void whileTheDatabaseFailsNothingIsAcknowledgedAndAFullBufferRefusesAndCounts() throws Exception {
        try (HistoryDatabase real = HistoryDatabase.open(dir.resolve("h.db").toString())) {
            FailingDatabase database = new FailingDatabase(real);
            AtomicInteger acknowledged = new AtomicInteger();
            HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, 2, 1);
            offer(recorder, TrafficMessages.packet("gw1", 1), acknowledged::incrementAndGet);
            database.awaitFailure();
            offer(recorder, TrafficMessages.packet("gw1", 2), acknowledged::incrementAndGet);
            offer(recorder, TrafficMessages.packet("gw1", 3), acknowledged::incrementAndGet);
            boolean buffered = offer(recorder, TrafficMessages.packet("gw1", 4), acknowledged::incrementAndGet);

            assertFalse(buffered, "the buffer holds two, the writer the first");
            assertEquals(0, acknowledged.get());
            assertEquals(1, recorder.stats().overflowed());
            database.recover();
            RecorderStats stats = recorder.close(WAIT);
            assertEquals(3, acknowledged.get());
            assertEquals(3, stats.stored());
            assertTrue(stats.failedWrites() > 0);
            assertTrue(stats.lastFailure().orElseThrow().contains("database away"));
            assertEquals(3, real.packets(HistoryQuery.all()).size());
        }
    }

    @Test
    void anOfferWaitsForRoomUpToItsLimit() throws Exception {
        try (HistoryDatabase real = HistoryDatabase.open(dir.resolve("h.db").toString())) {
            FailingDatabase database = new FailingDatabase(real);
            HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, 1, 1);
            offer(recorder, TrafficMessages.packet("gw1", 1), () -> { });
            database.awaitFailure();
            offer(recorder, TrafficMessages.packet("gw1", 2), () -> { });
            EncodedMessage third = TrafficMessages.packet("gw1", 3);

            long start = System.nanoTime();
            assertFalse(recorder.offer(third.topic(), third.payload().toByteArray(), () -> { },
                    Duration.ofMillis(200)));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos());
            Thread recovery = new Thread(() -> {
                sleep(300);
                database.recover();
            });
            recovery.start();
            assertTrue(recorder.offer(third.topic(), third.payload().toByteArray(), () -> { }, WAIT));
            recovery.join();
            assertEquals(3, recorder.close(WAIT).stored());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aMessageThatDoesNotDecodeIsCountedAndAcknowledged() throws Exception {
        try (HistoryDatabase database = HistoryDatabase.open(dir.resolve("h.db").toString());
                HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, 10, 10)) {
            CountDownLatch acknowledged = new CountDownLatch(1);
            recorder.offer("gw-event/status/gw1", new byte[] {1, 2, 3}, acknowledged::countDown);

            assertTrue(acknowledged.await(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertEquals(1, recorder.stats().ignored());
        }
    }

    private static boolean offer(HistoryRecorder recorder, EncodedMessage message, Runnable acknowledgement) {
        return recorder.offer(message.topic(), message.payload().toByteArray(), acknowledgement);
    }

    /** Fails every write until {@link #recover()}, then writes to the real database. */
    private static final class FailingDatabase implements HistoryDatabase {
        private final HistoryDatabase real;
        private final CountDownLatch failed = new CountDownLatch(1);
        private volatile boolean away = true;

        FailingDatabase(HistoryDatabase real) {
            this.real = real;
        }

        void awaitFailure() throws InterruptedException {
            assertTrue(failed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        }

        void recover() {
            away = false;
        }

        @Override
        public String target() {
            return real.target();
        }

        @Override
        public WriteResult write(List<? extends HistoryRecord> records) throws HistoryException {
            if (away) {
                failed.countDown();
                throw new HistoryException("database away", null);
            }
            return real.write(records);
        }

        @Override
        public List<PacketRecord> packets(HistoryQuery query) throws HistoryException {
            return real.packets(query);
        }

        @Override
        public List<NodeSummary> nodes(HistoryQuery query) throws HistoryException {
            return real.nodes(query);
        }

        @Override
        public List<RequestExchange> requests(HistoryQuery query) throws HistoryException {
            return real.requests(query);
        }

        @Override
        public void close() {
            // the test closes the real one
        }
    }
}
