package org.meshbench.decoders.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PayloadReader;

class VectorRunnerTest {

    /** Decodes a version byte and a temperature in 0.1 °C, the example of the format description. */
    private static final Decoder THERMOMETER = (payload, context) -> {
        PayloadReader in = new PayloadReader(payload);
        int version = in.u8("version");
        double celsius = in.u16("temperature") / 10.0;
        return DecodedPacket.builder(celsius + " °C")
                .field(DecodedField.builder("version").value(version).span(0, 1).build())
                .field(DecodedField.builder("temperature").value(celsius).unit("°C").span(1, 2).build())
                .series("temperature", celsius, "°C").build();
    };

    private static final String FILE = """
            {
              "decoder": "com.example.decoders.thermometer",
              "endpoints": [21, 21],
              "vectors": [
                {
                  "name": "typical reading",
                  "payload": "01 2c01",
                  "summary": "30.0 °C",
                  "fields": {
                    "version": 1,
                    "temperature": { "value": 30.0, "unit": "°C", "offset": 1, "length": 2 }
                  },
                  "series": { "temperature": 30.0 }
                },
                { "name": "truncated", "payload": "01 2c", "error": { "offset": 1, "contains": "truncated" } }
              ]
            }
            """;

    @Test
    void exampleFromThePackageDescriptionPasses() throws IOException {
        VectorRunner.assertPasses(THERMOMETER, TestVectorFile.parse(FILE, "example"));
    }

    @Test
    void mismatchesAreListed() throws IOException {
        TestVector wrong = TestVectorFile.parse(FILE.replace("\"version\": 1", "\"version\": 2")
                .replace("\"length\": 2", "\"length\": 3"), "wrong").vectors().get(0);

        List<String> mismatches = VectorRunner.check(THERMOMETER, wrong);

        assertEquals(List.of("version = 1 (Long), expected 2", "temperature length 2, expected 3"), mismatches);
    }

    @Test
    void unexpectedSuccessAndUnexpectedErrorAreMismatches() throws IOException {
        TestVector truncated = TestVectorFile.parse(FILE, "f").vectors().get(1);
        TestVector typical = TestVectorFile.parse(FILE, "f").vectors().get(0);

        assertTrue(VectorRunner.check((p, c) -> DecodedPacket.builder("ok").build(), truncated).get(0)
                .startsWith("expected a decode error"));
        assertTrue(VectorRunner.check((p, c) -> {
            throw new DecodeException(0, "nope");
        }, typical).get(0).startsWith("unexpected decode error"));
    }

    @Test
    void fieldOutsideThePayloadFailsEvenIfNotListed() throws IOException {
        TestVector typical = TestVectorFile.parse(FILE, "f").vectors().get(0);
        Decoder sloppy = (payload, context) -> DecodedPacket.builder("30.0 °C")
                .field(DecodedField.builder("extra").value(1).span(2, 5).build()).build();

        assertTrue(VectorRunner.check(sloppy, typical).get(0).startsWith("invalid result"));
    }

    @Test
    void assertPassesReportsEveryFailure() throws IOException {
        TestVectorFile file = TestVectorFile.parse(FILE.replace("30.0 °C\"", "31.0 °C\""), "f");

        AssertionError error = assertThrows(AssertionError.class, () -> VectorRunner.assertPasses(THERMOMETER, file));

        assertTrue(error.getMessage().startsWith("com.example.decoders.thermometer / typical reading: summary"));
    }

    @Test
    void invalidFilesNameTheProblem() {
        IOException noPayload = assertThrows(IOException.class, () -> TestVectorFile.parse(
                "{\"decoder\": \"d\", \"endpoints\": [1, 1], \"vectors\": [{\"name\": \"x\"}]}", "bad.json"));
        IOException badHex = assertThrows(IOException.class, () -> TestVectorFile.parse(
                "{\"decoder\": \"d\", \"endpoints\": [1, 1], \"vectors\": [{\"name\": \"x\", \"payload\": \"zz\"}]}", "bad.json"));

        assertEquals("bad.json: vector 'x': payload must be a string", noPayload.getMessage());
        assertTrue(badHex.getMessage().startsWith("bad.json: vector 'x': "));
    }

    @Test
    void vectorFilesLiveInTheVectorsFolder() {
        assertEquals(Path.of("bundle", "vectors", "com.example.d.json"),
                TestVectorFile.location(Path.of("bundle"), "com.example.d"));
    }
}
