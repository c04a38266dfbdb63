package org.meshbench.decoders.wirepas.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.testing.TestVector;
import org.meshbench.decoders.testing.TestVectorFile;
import org.meshbench.decoders.testing.VectorRunner;
import org.meshbench.mesh.EndpointPair;

/**
 * Truncations and random mutations of every vector payload, plus random payloads: a decoder may
 * decode them or throw {@link DecodeException}, nothing else, and its fields must stay inside the
 * payload. A fixed seed keeps failures reproducible.
 */
class GarbageInputTest {

    private static final long SEED = 20240521L;
    private static final int RANDOM_PAYLOADS = 300;
    private static final int MUTATIONS_PER_VECTOR = 40;

    @TestFactory
    Stream<DynamicTest> decodersOnlyEverFailWithDecodeException() throws Exception {
        return PluginXml.decoders().stream().map(declared -> DynamicTest.dynamicTest(declared.id(), () -> {
            Decoder decoder = (Decoder) PluginXml.instantiate(declared.className());
            Random random = new Random(SEED);
            for (TestVector vector : TestVectorFile.read(TestVectorFile.location(Path.of("."), declared.id())).vectors()) {
                byte[] payload = vector.payload();
                for (int length = 0; length < payload.length; length++) {
                    check(decoder, Arrays.copyOf(payload, length), vector.endpoints());
                }
                for (int i = 0; i < MUTATIONS_PER_VECTOR && payload.length > 0; i++) {
                    byte[] mutated = payload.clone();
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                    check(decoder, mutated, vector.endpoints());
                }
            }
            for (int i = 0; i < RANDOM_PAYLOADS; i++) {
                byte[] noise = new byte[random.nextInt(120)];
                random.nextBytes(noise);
                check(decoder, noise, EndpointPair.of(0, 0));
            }
        }));
    }

    private static void check(Decoder decoder, byte[] payload, EndpointPair endpoints) {
        try {
            DecodedPacket packet = decoder.decode(payload.clone(), PacketContext.builder(endpoints).build());
            VectorRunner.invalidResult(packet, payload.length)
                    .ifPresent(problem -> fail(problem + " for payload " + HexFormat.of().formatHex(payload)));
        } catch (DecodeException expected) {
            if (expected.offset() < -1 || expected.offset() > payload.length) {
                fail("error offset " + expected.offset() + " outside the payload: " + expected.getMessage());
            }
        } catch (RuntimeException e) {
            throw new AssertionError("payload " + HexFormat.of().formatHex(payload) + " made the decoder throw " + e, e);
        }
    }
}
