package org.meshbench.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptureFileTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.000001Z");
    private static final List<CapturedMessage> MESSAGES = List.of(
            new CapturedMessage(T0, "gw-event/status/gw1", new byte[] {8, 1}, 1, true, false),
            new CapturedMessage(T0.plusMillis(5), "gw-event/received_data/gw1/sink0/5/1/1", new byte[300], 1,
                    false, true),
            new CapturedMessage(T0.plusSeconds(2), "gw-request/get_configs/gw1", new byte[0], 2, false, false),
            new CapturedMessage(T0.plusSeconds(2), "é/ü", "x".getBytes(StandardCharsets.UTF_8), 0, false, false));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyFieldSurvivesARoundTrip(boolean compress) throws IOException {
        Path file = write(compress, MESSAGES);

        try (CaptureReader reader = CaptureReader.open(file)) {
            assertEquals(MESSAGES, readAll(reader));
            assertEquals(compress, reader.compressed());
            assertEquals(Optional.empty(), reader.damage());
        }
    }

    @Test
    void theSpecificationExampleIsWhatIsWritten() throws IOException {
        byte[] bytes = Files.readAllBytes(write(false, MESSAGES.subList(0, 1)));

        assertEquals("4d424341500d0a1a00010000" + "00000020" + "0006474846204001" + "05"
                + "0013" + HexFormat.of().formatHex("gw-event/status/gw1".getBytes(StandardCharsets.US_ASCII))
                + "0801", HexFormat.of().formatHex(bytes, 0, bytes.length - 4));
    }

    @Test
    void aFileCutOffAtAnyByteReadsUpToTheCutAndSaysWhere() throws IOException {
        byte[] whole = Files.readAllBytes(write(false, MESSAGES));
        List<Integer> recordEnds = recordEnds(whole);
        for (int at = 12; at < whole.length; at++) {
            int cut = at;
            Path cutFile = Files.write(dir.resolve("cut"), Arrays.copyOf(whole, cut));
            try (CaptureReader reader = CaptureReader.open(cutFile)) {
                List<CapturedMessage> read = readAll(reader);
                int complete = (int) recordEnds.stream().filter(end -> end <= cut).count();
                assertEquals(MESSAGES.subList(0, complete), read, "cut at " + cut);
                boolean onBoundary = cut == 12 || recordEnds.contains(cut);
                assertEquals(onBoundary, reader.damage().isEmpty(), "cut at " + cut);
                reader.damage().ifPresent(damage -> {
                    assertEquals(complete == 0 ? 12 : recordEnds.get(complete - 1), damage.offset());
                    assertTrue(damage.problem().startsWith("truncated"), damage.toString());
                });
            }
        }
    }

    @Test
    void aCompressedFileOfAKilledWriterReadsUpToItsLastFlush() throws IOException {
        Path file = dir.resolve("killed.mbcap.gz");
        byte[] flushed;
        try (CaptureWriter writer = CaptureWriter.create(file, true)) {
            writer.write(MESSAGES.get(0));
            writer.flush();
            flushed = Files.readAllBytes(file);
            writer.write(MESSAGES.get(1));
        }
        Path killed = Files.write(dir.resolve("killed2.mbcap.gz"), flushed);

        try (CaptureReader reader = CaptureReader.open(killed)) {
            assertEquals(MESSAGES.subList(0, 1), readAll(reader));
            assertTrue(reader.damage().orElseThrow().problem().startsWith("compressed data damaged or cut off"),
                    reader.damage().toString());
        }
    }

    @Test
    void aFlippedByteStopsReadingAtItsRecord() throws IOException {
        byte[] bytes = Files.readAllBytes(write(false, MESSAGES));
        int secondRecord = recordEnds(bytes).get(0);
        bytes[secondRecord + 20] ^= 0x40;
        Path file = Files.write(dir.resolve("flipped"), bytes);

        try (CaptureReader reader = CaptureReader.open(file)) {
            assertEquals(MESSAGES.subList(0, 1), readAll(reader));
            assertEquals(new CaptureDamage(secondRecord, 1, "corrupt: CRC mismatch"), reader.damage().orElseThrow());
        }
    }

    @Test
    void aFileOfAnotherKindOrVersionIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("text"), "mqtt_hostname: h\n");
        assertThrows(CaptureFormatException.class, () -> CaptureReader.open(text));
        byte[] bytes = Files.readAllBytes(write(false, List.of()));
        bytes[9] = 2;
        Path version2 = Files.write(dir.resolve("v2"), bytes);
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureReader.open(version2));
        assertTrue(e.getMessage().contains("format version 2"), e.getMessage());
    }

    @Test
    void theSummaryCountsMessagesPerKindOfTopic() throws IOException {
        try (CaptureReader reader = CaptureReader.open(write(true, MESSAGES))) {
            CaptureSummary summary = CaptureSummary.of(reader);

            assertEquals(4, summary.messages());
            assertEquals(java.time.Duration.ofSeconds(2), summary.span());
            assertEquals(List.of("gw-event/received_data", "gw-event/status", "gw-request/get_configs", "é/ü"),
                    new ArrayList<>(summary.topics().keySet()));
            assertEquals(new CaptureSummary.TopicCount(1, 1), summary.topics().get("gw-event/status"));
        }
    }

    @Test
    void thePayloadIsCopied() {
        byte[] payload = {1, 2};
        CapturedMessage message = new CapturedMessage(T0, "t", payload, 0, false, false);
        payload[0] = 9;
        message.payload()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, message.payload());
    }

    private Path write(boolean compress, List<CapturedMessage> messages) throws IOException {
        Path file = Files.createTempFile(dir, "capture", compress ? ".mbcap.gz" : ".mbcap");
        try (CaptureWriter writer = CaptureWriter.create(file, compress)) {
            for (CapturedMessage message : messages) {
                writer.write(message);
            }
        }
        return file;
    }

    private static List<CapturedMessage> readAll(CaptureReader reader) throws IOException {
        List<CapturedMessage> read = new ArrayList<>();
        for (Optional<CapturedMessage> next = reader.next(); next.isPresent(); next = reader.next()) {
            read.add(next.get());
        }
        return read;
    }

    /** @return the stream offset after each record */
    private static List<Integer> recordEnds(byte[] stream) {
        List<Integer> ends = new ArrayList<>();
        for (int at = 12; at < stream.length; ) {
            at += 8 + java.nio.ByteBuffer.wrap(stream, at, 4).getInt();
            ends.add(at);
        }
        return ends;
    }
}
