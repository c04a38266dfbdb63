package org.meshbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meshbench.capture.CaptureWriter;
import org.meshbench.capture.CapturedMessage;
import org.junit.jupiter.api.io.TempDir;

class MeshbenchCommandLineTest {

    /** The official codec's vectors, kept with the protocol core's tests. */
    private static final Path VECTORS =
            Path.of("../org.meshbench.protocol/src/test/resources/vectors/official-codec-vectors.jsonl");
    /** Each line is {"hex": …, "json": {…}, "name": …, "topic": …} as the official tooling printed it. */
    private static final Pattern VECTOR =
            Pattern.compile("\\{\"hex\": \"([0-9a-f]*)\", \"json\": (\\{.*\\}), \"name\": \"([^\"]+)\", \"topic\": \"([^\"]+)\"\\}");
    private static final String OFFLINE_TOPIC = "gw-event/status/rpi-cafe42";
    private static final String OFFLINE_HEX = "0a1f0a1d0a170a0a7270692d63616665343218b9bd8eb4d0fba9a4a60110011802";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new MeshbenchCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void everyOfficialVectorRoundTripsThroughDecodeAndEncode() throws IOException {
        List<String> lines = Files.readAllLines(VECTORS);
        assertEquals(36, lines.size());
        for (String line : lines) {
            Matcher vector = VECTOR.matcher(line);
            assertTrue(vector.matches(), line);
            String hex = vector.group(1), json = vector.group(2), name = vector.group(3), topic = vector.group(4);

            assertEquals(0, run("decode", "--topic", topic, "--hex", hex), name + ": " + stderr());
            String decoded = stdout();
            assertEquals(0, run("encode", "--topic", topic, "--json", decoded), name + ": " + stderr());
            assertEquals(hex, stdout(), name + " (decode then encode)");
            assertEquals(0, run("encode", "--topic", topic, "--json", json), name + ": " + stderr());
            assertEquals(hex, stdout(), name + " (encode of the official JSON)");
        }
    }

    @Test
    void decodeReadsRawPayloadFile(@TempDir Path dir) throws IOException {
        Path payload = Files.write(dir.resolve("offline.bin"), java.util.HexFormat.of().parseHex(OFFLINE_HEX));
        assertEquals(0, run("decode", "--topic", OFFLINE_TOPIC, "--file", payload.toString()));
        assertTrue(stdout().contains("\"state\": \"OFF\""), stdout());
    }

    @Test
    void encodeReadsJsonFileAfterAt(@TempDir Path dir) throws IOException {
        run("decode", "--topic", OFFLINE_TOPIC, "--hex", OFFLINE_HEX);
        Path json = Files.writeString(dir.resolve("offline.json"), stdout());
        assertEquals(0, run("encode", "--topic", OFFLINE_TOPIC, "--json", "@" + json));
        assertEquals(OFFLINE_HEX, stdout());
    }

    @Test
    void malformedPayloadIsBadInputWithOneLineNamingTheTopic() {
        assertEquals(1, run("decode", "--topic", OFFLINE_TOPIC, "--hex", "00"));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains(OFFLINE_TOPIC), stderr());
        assertEquals("", stdout());
    }

    @Test
    void payloadOfAnotherKindIsBadInput() {
        assertEquals(1, run("decode", "--topic", "gw-request/get_configs/rpi-cafe42", "--hex", OFFLINE_HEX));
        assertEquals(1, stderr().lines().count(), stderr());
    }

    @Test
    void oddHexIsBadInput() {
        assertEquals(1, run("decode", "--topic", OFFLINE_TOPIC, "--hex", "0a1"));
        assertTrue(stderr().startsWith("meshbench: --hex:"), stderr());
    }

    @Test
    void unknownJsonFieldIsBadInputNamingTheField() {
        assertEquals(1, run("encode", "--topic", OFFLINE_TOPIC, "--json", "{\"wirepas\": {\"no_such_field\": {}}}"));
        assertTrue(stderr().contains("no_such_field"), stderr());
    }

    @Test
    void missingFileIsBadInput() {
        assertEquals(1, run("decode", "--topic", OFFLINE_TOPIC, "--file", "/nonexistent/payload.bin"));
        assertTrue(stderr().contains("/nonexistent/payload.bin"), stderr());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run());
        assertEquals(2, run("decode", "--hex", OFFLINE_HEX));
        assertEquals(2, run("decode", "--topic", OFFLINE_TOPIC));
        assertEquals(2, run("decode", "--topic", OFFLINE_TOPIC, "--hex", OFFLINE_HEX, "--file", "x"));
        assertEquals(2, run("decode", "--topic", OFFLINE_TOPIC, "--bogus", "1"));
        assertEquals(2, run("decode", "--topic"));
        assertEquals(2, run("frobnicate"));
        assertTrue(stderr().contains("unknown command frobnicate"), stderr());
    }

    @Test
    void helpGoesToStdoutAndSucceeds() {
        assertEquals(0, run("--help"));
        assertFalse(stdout().isEmpty());
    }

    @Test
    void brokerAndSimulateOptionErrors() {
        assertEquals(2, run("broker", "--tls-cert", "server.pem"));
        assertTrue(stderr().contains("--tls-cert and --tls-key go together"), stderr());
        assertEquals(1, run("broker", "--port", "eighty"));
        assertTrue(stderr().contains("--port is not a whole number"), stderr());
        assertEquals(1, run("broker", "--port", "70000"));
        assertEquals(2, run("simulate", "--gateways", "2"));
        assertTrue(stderr().contains("give the broker host, or --broker URL"), stderr());
        assertEquals(1, run("simulate", "--broker", "tcp://127.0.0.1:1", "--gateways", "two"));
        assertEquals(1, run("simulate", "--broker", "tcp://127.0.0.1:1", "--validation", "lenient"));
        assertEquals(2, run("simulate", "--broker", "tcp://127.0.0.1:1", "--password", "secret"));
        assertTrue(stderr().contains("--password: needs mqtt_username (--username)"), stderr());
        assertEquals(2, run("simulate", "--broker", "tcp://127.0.0.1:1", "--gatways", "2"));
        assertTrue(stderr().contains("--gatways: unknown flag"), stderr());
    }

    @Test
    void captureCommandsPrintAndReportDamage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("capture.mbcap");
        try (CaptureWriter writer = CaptureWriter.create(file, false)) {
            writer.write(new CapturedMessage(Instant.parse("2026-01-01T00:00:00Z"), "gw-event/status/gw1",
                    new byte[] {8, 1}, 1, true, false));
            writer.write(new CapturedMessage(Instant.parse("2026-01-01T00:00:02Z"), "gw-event/status/gw2",
                    new byte[] {8, 2}, 1, true, false));
        }

        assertEquals(0, run("capture", "dump", file.toString()));
        assertEquals("2026-01-01T00:00:00Z gw-event/status/gw1 0801\n2026-01-01T00:00:02Z gw-event/status/gw2 0802",
                stdout());
        assertEquals(0, run("capture", "info", file.toString()));
        assertTrue(stdout().contains("messages: 2\n"), stdout());
        assertTrue(stdout().contains("topics: gw-event/status: 2 messages on 2 topics"), stdout());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertEquals(1, run("capture", "dump", file.toString()));
        assertTrue(stderr().contains("stopped at byte 52 after 1 messages: truncated"), stderr());
    }

    @Test
    void captureShellAndRecordUsageErrors() {
        assertEquals(2, run("capture", "info"));
        assertEquals(1, run("capture", "info", "no-such-file"));
        assertEquals(2, run("playback"));
        assertEquals(2, run("record", "--broker", "tcp://127.0.0.1:1"));
        assertTrue(stderr().contains("--out is required"), stderr());
        assertEquals(2, run("playback", "x.mbcap", "--speed", "fast"));
        assertEquals(2, run("cli", "-c"));
        assertTrue(stderr().contains("-c needs a value"), stderr());
    }

    @Test
    void brokerSettingsNamingTlsNeedACertificate(@TempDir Path dir) throws IOException {
        Path settings = dir.resolve("settings.yml");
        Files.writeString(settings, "mqtt_hostname: 127.0.0.1\nmqtt_port: 8883\nfluentd_tag: app\n");

        assertEquals(2, run("broker", "--settings", settings.toString()));
        assertTrue(stderr().contains("fluentd_tag is a backend-client setting that Meshbench does not use"),
                stderr());
        assertTrue(stderr().contains("the settings describe a TLS broker: give --tls-cert"), stderr());
    }

    @Test
    void simulateAgainstAClosedPortIsBadInputNamingTheBroker() {
        assertEquals(1, run("simulate", "--broker", "tcp://127.0.0.1:1", "--seed", "1"));
        assertTrue(stderr().contains("tcp://127.0.0.1:1"), stderr());
    }
}
