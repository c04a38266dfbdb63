package org.meshbench.decoders.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SeriesValue;
import org.meshbench.decoders.internal.registry.ResultValidator;

/**
 * Decodes each vector of a file and compares the result with the expectations. Works with any
 * test framework: {@link #check} returns the mismatches, {@link #assertPasses} throws an
 * {@link AssertionError} that lists them all. Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class VectorRunner {

    private VectorRunner() {
    }

    /**
     * @param decoder the decoder under test
     * @param vector one vector
     * @return one line per mismatch; empty if the vector passes
     */
    public static List<String> check(Decoder decoder, TestVector vector) {
        PacketContext context = PacketContext.builder(vector.endpoints()).build();
        byte[] payload = vector.payload();
        DecodedPacket packet;
        try {
            packet = decoder.decode(payload, context);
        } catch (DecodeException e) {
            return vector.error().map(expected -> errorMismatches(expected, e))
                    .orElseGet(() -> List.of("unexpected decode error: " + e.getMessage()));
        }
        if (vector.error().isPresent()) {
            return List.of("expected a decode error but got: " + (packet == null ? null : packet.summary()));
        }
        Optional<String> invalid = ResultValidator.check(packet, payload.length);
        if (invalid.isPresent()) {
            return List.of("invalid result: " + invalid.get());
        }
        return packetMismatches(vector, packet);
    }

    /**
     * Applies the checks the registry makes before it shows a result: not {@code null}, every
     * byte span inside the payload, a bounded tree. Useful for tests that feed decoders garbage.
     *
     * @param packet what a decoder returned
     * @param payloadLength length of the payload it decoded
     * @return what is wrong, or empty if the registry would accept the result
     */
    public static Optional<String> invalidResult(DecodedPacket packet, int payloadLength) {
        return ResultValidator.check(packet, payloadLength);
    }

    /**
     * @param decoder the decoder under test
     * @param file its vectors
     * @throws AssertionError listing every failing vector and mismatch
     */
    public static void assertPasses(Decoder decoder, TestVectorFile file) {
        List<String> failures = new ArrayList<>();
        for (TestVector vector : file.vectors()) {
            check(decoder, vector).forEach(m -> failures.add(file.decoderId() + " / " + vector.name() + ": " + m));
        }
        if (file.vectors().isEmpty()) {
            failures.add(file.decoderId() + ": the file has no vectors");
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    private static List<String> errorMismatches(ExpectedError expected, DecodeException actual) {
        List<String> mismatches = new ArrayList<>();
        expected.offset().ifPresent(offset -> {
            if (offset != actual.offset()) {
                mismatches.add("error offset " + actual.offset() + ", expected " + offset);
            }
        });
        expected.contains().ifPresent(text -> {
            if (!actual.getMessage().contains(text)) {
                mismatches.add("error '" + actual.getMessage() + "' does not contain '" + text + "'");
            }
        });
        return mismatches;
    }

    private static List<String> packetMismatches(TestVector vector, DecodedPacket packet) {
        List<String> mismatches = new ArrayList<>();
        vector.summary().filter(s -> !s.equals(packet.summary()))
                .ifPresent(s -> mismatches.add("summary '" + packet.summary() + "', expected '" + s + "'"));
        vector.fields().forEach((path, expected) -> packet.find(path).ifPresentOrElse(
                field -> mismatches.addAll(FieldComparison.compare(path, expected, field)),
                () -> mismatches.add("no field " + path)));
        for (Map.Entry<String, BigDecimal> sample : vector.series().entrySet()) {
            Optional<SeriesValue> actual = packet.series().stream()
                    .filter(s -> s.name().equals(sample.getKey())).findFirst();
            if (actual.isEmpty()) {
                mismatches.add("no series " + sample.getKey());
            } else if (!FieldComparison.sameNumber(sample.getValue(), actual.get().value())) {
                mismatches.add("series " + sample.getKey() + " = " + actual.get().value()
                        + ", expected " + sample.getValue());
            }
        }
        return mismatches;
    }
}
