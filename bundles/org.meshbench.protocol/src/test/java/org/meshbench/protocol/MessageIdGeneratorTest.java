package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Request ids: never 0, every bit random (the API asks for at least 48), reproducible when seeded. */
class MessageIdGeneratorTest {

    private static final int SAMPLES = 20_000;
    /**
     * Each bit is set in about half of the samples; a fair bit strays more than 8 standard
     * deviations (8 * 0.5 * sqrt(SAMPLES) ≈ 566) with probability below 1e-15, so this cannot flake.
     */
    private static final double MAX_DEVIATION = 8 * 0.5 * Math.sqrt(SAMPLES);

    @Test
    void zeroFromTheSourceIsSkipped() {
        PrimitiveIterator.OfLong values = LongStream.of(0, 0, 42).iterator();
        RandomGenerator source = values::nextLong;
        assertEquals(42, new MessageIdGenerator(source).nextRequestId());
    }

    @Test
    void everyBitOfSecureIdsIsBalancedAndIdsAreUnique() {
        MessageIdGenerator generator = MessageIdGenerator.secure();
        int[] ones = new int[Long.SIZE];
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            long id = generator.nextRequestId();
            assertNotEquals(0, id);
            assertTrue(seen.add(id), "duplicate id " + Long.toUnsignedString(id));
            for (int bit = 0; bit < Long.SIZE; bit++) {
                ones[bit] += (int) ((id >>> bit) & 1);
            }
        }
        for (int bit = 0; bit < Long.SIZE; bit++) {
            assertTrue(Math.abs(ones[bit] - SAMPLES / 2.0) < MAX_DEVIATION,
                    "bit " + bit + " set " + ones[bit] + " times");
        }
    }

    @Test
    void seededGeneratorsRepeatTheirSequence() {
        MessageIdGenerator first = MessageIdGenerator.seeded(7);
        MessageIdGenerator second = MessageIdGenerator.seeded(7);
        MessageIdGenerator other = MessageIdGenerator.seeded(8);
        long a = first.nextRequestId();
        assertEquals(a, second.nextRequestId());
        assertNotEquals(a, other.nextRequestId());
        assertEquals(first.nextEventId(), second.nextEventId());
    }
}
