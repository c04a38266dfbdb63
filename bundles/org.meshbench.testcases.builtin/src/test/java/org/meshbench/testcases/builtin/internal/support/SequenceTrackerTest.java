package org.meshbench.testcases.builtin.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;

class SequenceTrackerTest {

    /** Two bytes of header, then the 16-bit little-endian counter. */
    private static Bytes payload(int counter) {
        return Bytes.of((byte) 0xAA, (byte) 0xBB, (byte) counter, (byte) (counter >> 8));
    }

    @Test
    void countsGapsDuplicatesAndReorderingPerNode() {
        SequenceTracker tracker = new SequenceTracker(2, 2);
        for (int counter : new int[] {10, 11, 14, 14, 12, 15}) {
            tracker.record(1, payload(counter));
        }
        tracker.record(2, payload(500));
        tracker.record(2, payload(501));

        assertEquals(2, tracker.missing(), "12 and 13 were skipped when 14 came");
        assertEquals(1, tracker.duplicates());
        assertEquals(1, tracker.reordered(), "12 came after 14");
    }

    @Test
    void counterWrapsAtItsWidth() {
        SequenceTracker tracker = new SequenceTracker(2, 2);
        tracker.record(1, payload(0xFFFE));
        tracker.record(1, payload(0xFFFF));
        tracker.record(1, payload(0));
        tracker.record(1, payload(2));

        assertEquals(1, tracker.missing());
        assertEquals(0, tracker.reordered());
    }

    @Test
    void shortPayloadsAreUnreadable() {
        SequenceTracker tracker = new SequenceTracker(2, 2);
        tracker.record(1, Bytes.of((byte) 1, (byte) 2, (byte) 3));

        assertEquals(1, tracker.unreadable());
        assertThrows(IllegalArgumentException.class, () -> new SequenceTracker(0, 5));
    }
}
