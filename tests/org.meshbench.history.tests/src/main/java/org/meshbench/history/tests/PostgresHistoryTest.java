package org.meshbench.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.history.HistoryDatabase;
import org.meshbench.history.HistoryQuery;
import org.meshbench.history.HistoryRecorder;
import org.meshbench.history.PacketDecoding;
import org.meshbench.history.RecorderStats;
import org.meshbench.testing.PostgresServer;

/** PostgreSQL: several writers store each event once, and a crashed server loses nothing acknowledged. */
class PostgresHistoryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void threeRecordersStartedTogetherMigrateOnceAndStoreEachEventOnce() throws Exception {
        String url = server.createDatabase("three_writers");
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Callable<RecorderStats>> writers = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                long first = 1 + writer * 200L; // overlapping ranges: 1..400, 201..600, 401..800
                writers.add(() -> {
                    try (HistoryDatabase database = HistoryDatabase.open(url)) {
                        HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, 1_000, 50);
                        Recorded recorded = new Recorded(recorder);
                        recorded.offer(first, 400);
                        recorded.awaitAcknowledged(400, WAIT);
                        return recorder.close(WAIT);
                    }
                });
            }
            long stored = 0;
            for (Future<RecorderStats> stats : threads.invokeAll(writers)) {
                stored += stats.get().stored();
            }
            assertEquals(800, stored);
        } finally {
            threads.shutdownNow();
        }
        try (HistoryDatabase database = HistoryDatabase.open(url)) {
            assertEquals(800, database.packets(HistoryQuery.all()).size());
        }
    }

    @Test
    void whileTheServerIsDownNothingIsAcknowledgedAndAfterItsRestartEverythingIsStored() throws Exception {
        String url = server.createDatabase("crash");
        try (HistoryDatabase database = HistoryDatabase.open(url);
                HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, 1_000, 50)) {
            Recorded recorded = new Recorded(recorder);
            recorded.offer(1, 100);
            recorded.awaitAcknowledged(100, WAIT);

            server.crash();
            recorded.offer(101, 100);
            Thread.sleep(1_000);
            assertEquals(100, recorded.acknowledged().size(), "acknowledged while the database was down");
            server.startAgain();
            recorded.awaitAcknowledged(200, WAIT);

            assertTrue(recorder.stats().failedWrites() > 0, recorder.stats().toString());
            assertEquals(200, database.packets(HistoryQuery.all()).size());
        }
    }
}
