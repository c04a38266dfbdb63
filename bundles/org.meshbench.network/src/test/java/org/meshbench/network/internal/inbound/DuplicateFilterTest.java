package org.meshbench.network.internal.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

    @Test
    void dropsARepeatedEventIdOfTheSameGateway() {
        DuplicateFilter filter = filter(8);
        assertFalse(filter.isDuplicate("gw1", 123));
        assertTrue(filter.isDuplicate("gw1", 123));
        assertFalse(filter.isDuplicate("gw2", 123), "counting gateways reuse ids");
    }

    @Test
    void forgetsIdsOlderThanTheWindow() {
        DuplicateFilter filter = filter(3);
        filter.isDuplicate("gw", 1);
        filter.isDuplicate("gw", 2);
        filter.isDuplicate("gw", 3);
        filter.isDuplicate("gw", 4);
        assertFalse(filter.isDuplicate("gw", 1));
        assertTrue(filter.isDuplicate("gw", 4));
    }

    @Test
    void gatewaysWhoseIdsHashAlikeAreKeptApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        DuplicateFilter filter = filter(8);
        assertFalse(filter.isDuplicate("Aa", 42));
        assertFalse(filter.isDuplicate("BB", 42), "another gateway's event");
        assertTrue(filter.isDuplicate("BB", 42));
    }

    @Test
    void anEventSeenLongerAgoThanTheMaxAgeIsNew() {
        AtomicLong clock = new AtomicLong();
        DuplicateFilter filter = new DuplicateFilter(8, Duration.ofMinutes(10), clock::get);
        assertFalse(filter.isDuplicate("gw", 1));
        clock.addAndGet(Duration.ofMinutes(10).toNanos());
        assertTrue(filter.isDuplicate("gw", 1), "redelivered within the age");
        clock.addAndGet(Duration.ofMinutes(10).toNanos() + 1);
        assertFalse(filter.isDuplicate("gw", 1), "a restarted gateway counting from the start again");
        assertTrue(filter.isDuplicate("gw", 1));
    }

    @Test
    void eventIdZeroIsAnIdLikeAnyOther() {
        DuplicateFilter filter = filter(2);
        assertFalse(filter.isDuplicate("gw", 0));
        assertTrue(filter.isDuplicate("gw", 0));
        filter.isDuplicate("gw", 5);
        filter.isDuplicate("gw", 6);
        assertFalse(filter.isDuplicate("gw", 0), "evicted from the window");
    }

    @Test
    void agreesWithAReferenceWindowOnRandomIds() {
        int window = 1_000;
        DuplicateFilter filter = filter(window);
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

    private static DuplicateFilter filter(int window) {
        return new DuplicateFilter(window, DuplicateFilter.DEFAULT_MAX_AGE, System::nanoTime);
    }
}
