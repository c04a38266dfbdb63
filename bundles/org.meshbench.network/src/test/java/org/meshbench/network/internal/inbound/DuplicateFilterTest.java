package org.meshbench.network.internal.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

    @Test
    void dropsARepeatedEventIdOfTheSameGateway() {
        DuplicateFilter filter = new DuplicateFilter(8);
        assertFalse(filter.isDuplicate("gw1", 123));
        assertTrue(filter.isDuplicate("gw1", 123));
        assertFalse(filter.isDuplicate("gw2", 123), "counting gateways reuse ids");
    }

    @Test
    void forgetsIdsOlderThanTheWindow() {
        DuplicateFilter filter = new DuplicateFilter(3);
        filter.isDuplicate("gw", 1);
        filter.isDuplicate("gw", 2);
        filter.isDuplicate("gw", 3);
        filter.isDuplicate("gw", 4);
        assertFalse(filter.isDuplicate("gw", 1));
        assertTrue(filter.isDuplicate("gw", 4));
    }

    @Test
    void handlesTheKeyThatMarksEmptyBuckets() {
        DuplicateFilter filter = new DuplicateFilter(2);
        long zeroKey = "gw".hashCode() * 0x9E37_79B9_7F4A_7C15L;
        assertFalse(filter.isDuplicate("gw", zeroKey));
        assertTrue(filter.isDuplicate("gw", zeroKey));
        filter.isDuplicate("gw", 5);
        filter.isDuplicate("gw", 6);
        assertFalse(filter.isDuplicate("gw", zeroKey), "evicted from the window");
    }

    @Test
    void agreesWithAReferenceWindowOnRandomIds() {
        int window = 1_000;
        DuplicateFilter filter = new DuplicateFilter(window);
        Deque<Long> order = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        Random random = new Random(7);
        int duplicates = 0;
        for (int i = 0; i < 200_000; i++) {
            long id = random.nextInt(3_000);
            boolean expected = seen.contains(id);
            assertEquals(expected, filter.isDuplicate("gw", id), "event " + i);
            if (expected) {
                duplicates++;
                continue;
            }
            order.addLast(id);
            seen.add(id);
            if (order.size() > window) {
                seen.remove(order.removeFirst());
            }
        }
        assertTrue(duplicates > 10_000, "the test exercised duplicates");
    }
}
