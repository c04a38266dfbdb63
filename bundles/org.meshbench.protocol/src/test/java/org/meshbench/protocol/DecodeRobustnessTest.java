package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.OfficialVectors.Vector;

/**
 * Damaged payloads (flipped bytes, cut ends, random bytes) must give a result or a
 * DecodeException, never an unchecked exception. Seeded, so every run checks the same inputs.
 */
class DecodeRobustnessTest {

    private static final int MUTATIONS_PER_VECTOR = 400;
    private static final long SEED = 20240521;

    private final GatewayCodec codec = new GatewayCodec();
    private final PayloadJson json = new PayloadJson();

    @Test
    void damagedPayloadsNeverEscapeAsUncheckedExceptions() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Vector> vectors = OfficialVectors.load();
        int decoded = 0;
        int rejected = 0;
        for (Vector vector : vectors) {
            for (int i = 0; i < MUTATIONS_PER_VECTOR; i++) {
                byte[] damaged = damage(vector.payload().toByteArray(), random);
                if (decodes(vector.topic(), damaged)) {
                    decoded++;
                } else {
                    rejected++;
                }
            }
        }
        assertEquals(vectors.size() * MUTATIONS_PER_VECTOR, decoded + rejected);
        assertTrue(decoded > 0 && rejected > 0, "both outcomes must occur: " + decoded + " decoded, " + rejected
                + " rejected");
    }

    /** Decodes through both entry points; a RuntimeException fails the test by propagating. */
    private boolean decodes(String topic, byte[] payload) {
        try {
            codec.decode(topic, payload);
            json.toJson(topic, payload);
            return true;
        } catch (DecodeException e) {
            return false;
        }
    }

    private static byte[] damage(byte[] payload, SplittableRandom random) {
        byte[] copy = payload.clone();
        switch (random.nextInt(3)) {
            case 0 -> copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> copy = Arrays.copyOf(copy, random.nextInt(copy.length));
            default -> random.nextBytes(copy);
        }
        return copy;
    }
}
