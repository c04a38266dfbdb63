package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.meshbench.json.JsonParser;
import org.meshbench.json.JsonWriter;
import org.meshbench.protocol.OfficialVectors.Vector;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.value.Bytes;

/** Byte- and JSON-exact agreement with the official Python codec, in every direction. */
class OfficialVectorsTest {

    private static final List<Vector> VECTORS = OfficialVectors.load();

    private final PayloadJson json = new PayloadJson();
    private final GatewayCodec codec = new GatewayCodec();

    @Test
    void fileHoldsEveryVectorAndEveryKind() throws Exception {
        assertEquals(OfficialVectors.COUNT, VECTORS.size());
        Set<MessageKind> kinds = EnumSet.noneOf(MessageKind.class);
        for (Vector vector : VECTORS) {
            kinds.add(codec.decode(vector.topic(), vector.payload().toByteArray()).message().kind());
        }
        assertEquals(EnumSet.allOf(MessageKind.class), kinds);
    }

    @TestFactory
    Stream<DynamicTest> decodesHexToExactlyItsJson() {
        return VECTORS.stream().map(vector -> DynamicTest.dynamicTest(vector.name(), () -> {
            String printed = json.toJson(vector.topic(), vector.payload().toByteArray());
            assertEquals(vector.json(), JsonParser.parse(printed));
        }));
    }

    @TestFactory
    Stream<DynamicTest> encodesJsonToExactlyItsHex() {
        return VECTORS.stream().map(vector -> DynamicTest.dynamicTest(vector.name(), () -> {
            byte[] encoded = json.fromJson(vector.topic(), JsonWriter.indented(vector.json()));
            assertEquals(vector.payload().toHex(), Bytes.of(encoded).toHex());
        }));
    }

    @TestFactory
    Stream<DynamicTest> typedDecodeReencodesToTheSameBytesAndTopic() {
        return VECTORS.stream().map(vector -> DynamicTest.dynamicTest(vector.name(), () -> {
            DecodedMessage decoded = codec.decode(vector.topic(), vector.payload().toByteArray());
            assertArrayEquals(vector.payload().toByteArray(), codec.encodePayload(decoded.message()));
            EncodedMessage encoded = codec.encode(decoded.topic(), decoded.message());
            assertEquals(vector.topic(), encoded.topic());
            assertEquals(vector.payload(), encoded.payload());
        }));
    }
}
