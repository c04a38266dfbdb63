package org.meshbench.testcases.builtin.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void nearestRankPercentilesNeverInterpolate() {
        Samples samples = new Samples();
        for (int value = 100; value >= 1; value--) {
            samples.add(value);
        }

        assertEquals(100, samples.count());
        assertEquals(50, samples.percentile(50));
        assertEquals(95, samples.percentile(95));
        assertEquals(99, samples.percentile(99));
        assertEquals(100, samples.percentile(100));
        assertEquals(1, samples.percentile(0.5));
    }

    @Test
    void fewValues() {
        Samples samples = new Samples();
        samples.add(12.5);
        samples.add(3);

        assertEquals(3, samples.percentile(50));
        assertEquals(12.5, samples.percentile(51));
    }

    @Test
    void emptySamplesOrBadPercentilesAreRejected() {
        Samples samples = new Samples();
        assertThrows(IllegalStateException.class, () -> samples.percentile(50));
        samples.add(1);
        assertThrows(IllegalArgumentException.class, () -> samples.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> samples.percentile(100.5));
    }
}
