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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
        assertTrue(stderr().contains("--broker is required"), stderr());
        assertEquals(1, run("simulate", "--broker", "tcp://127.0.0.1:1", "--gateways", "two"));
        assertEquals(1, run("simulate", "--broker", "tcp://127.0.0.1:1", "--validation", "lenient"));
        assertEquals(1, run("simulate", "--broker", "tcp://127.0.0.1:1", "--password", "secret"));
    }

    @Test
    void simulateAgainstAClosedPortIsBadInputNamingTheBroker() {
        assertEquals(1, run("simulate", "--broker", "tcp://127.0.0.1:1", "--seed", "1"));
        assertTrue(stderr().contains("tcp://127.0.0.1:1"), stderr());
    }
}
