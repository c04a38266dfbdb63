package org.meshbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.history.HistoryDatabase;
import org.meshbench.history.PacketRecord;
import org.meshbench.protocol.value.Bytes;

/** {@code meshbench history} and the argument checks of {@code meshbench store}, on a SQLite file. */
class HistoryCommandTest {

    private static final long DAY = 1_765_152_000_000L; // 2025-12-08T00:00:00Z

    @TempDir
    Path dir;

    private String db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void storePackets() throws Exception {
        db = dir.resolve("history.db").toString();
        try (HistoryDatabase database = HistoryDatabase.open(db)) {
            database.write(List.of(packet(1, 0x1234, DAY + 1_000), packet(2, 0x1234, DAY + 2_000),
                    packet(3, 0x99, DAY + 3_000)));
        }
    }

    private static PacketRecord packet(long eventId, long node, long rxTime) {
        return new PacketRecord("gw1", eventId, "sink0", 1, node, 1, 1, 2, rxTime, 25, OptionalLong.of(2), 0,
                Optional.of(Bytes.fromHex("01")), 1, Optional.empty(), Optional.empty(), Optional.empty(), rxTime);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new MeshbenchCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void packetsOfOneNodeInATimeRangeAsCsv() {
        assertEquals(0, run("history", "--db", db, "--packets", "--node", "0x1234", "--from",
                "2025-12-08T00:00:01.500Z", "--to", "2025-12-09", "--endpoints", "1:2", "--csv"), err.toString());

        assertEquals(2, lines().size(), lines().toString());
        assertTrue(lines().get(1).startsWith("2025-12-08T00:00:02Z,gw1,sink0,1,4660,"), lines().get(1));
    }

    @Test
    void nodesAsJson() {
        assertEquals(0, run("history", "--db", db, "--nodes", "--json"), err.toString());

        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"node_address\": \"4660\"") && json.contains("\"packets\": 2"), json);
    }

    @Test
    void requestsAsTextSayWhenThereAreNone() {
        assertEquals(0, run("history", "--db", db, "--requests"), err.toString());

        assertEquals(List.of("(none)"), lines());
    }

    @Test
    void wrongArgumentsAreRefused() {
        assertEquals(2, run("history", "--db", db));
        assertEquals(2, run("history", "--db", db, "--packets", "--nodes"));
        assertEquals(1, run("history", "--db", db, "--packets", "--endpoints", "1-2"));
        assertEquals(1, run("history", "--db", db, "--packets", "--from", "yesterday"));
        assertEquals(2, run("store", "--broker", "tcp://127.0.0.1:1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--db is required"), err.toString());
    }
}
