package org.meshbench.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.history.HistoryDatabase;
import org.meshbench.history.HistoryQuery;
import org.meshbench.history.HistoryRecorder;
import org.meshbench.history.PacketDecoding;
import org.meshbench.history.RecorderStats;

/** The embedded default inside Equinox: the SQLite bundle loads its native library and stores packets. */
class EmbeddedHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aRecorderStoresIntoASqliteFileThatAnotherConnectionReadsMeanwhile() throws Exception {
        String file = dir.resolve("history.db").toString();
        try (HistoryDatabase database = HistoryDatabase.open(file);
                HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, 1_000, 100);
                HistoryDatabase reader = HistoryDatabase.open(file)) {
            Recorded recorded = new Recorded(recorder);
            recorded.offer(1, 500);
            recorded.offer(1, 10);

            recorded.awaitAcknowledged(500, Duration.ofSeconds(20));
            assertEquals(500, reader.packets(HistoryQuery.all()).size());
            RecorderStats stats = recorder.close(Duration.ofSeconds(20));
            assertEquals(500, stats.stored(), stats.toString());
            assertEquals(10, stats.duplicates(), stats.toString());
        }
    }
}
