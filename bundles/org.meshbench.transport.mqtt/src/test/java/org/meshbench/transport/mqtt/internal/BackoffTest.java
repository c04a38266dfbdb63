package org.meshbench.transport.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbench.transport.mqtt.ReconnectPolicy;

class BackoffTest {
    private static final ReconnectPolicy POLICY =
            ReconnectPolicy.exponential(Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void delaysDoubleWithinRandomWindowsUpToTheMaximum() {
        for (long seed = 0; seed < 200; seed++) {
            Backoff backoff = new Backoff(POLICY, new SplittableRandom(seed));
            assertWithin(backoff.next(), 100, 200);
            assertWithin(backoff.next(), 200, 400);
            assertWithin(backoff.next(), 400, 800);
            Duration capped = backoff.next();
            assertTrue(capped.toMillis() >= 800 && capped.compareTo(Duration.ofMillis(1000)) <= 0, capped.toString());
            assertEquals(Duration.ofMillis(1000), backoff.next());
            assertEquals(Duration.ofMillis(1000), backoff.next());
        }
    }

    @Test
    void delaysAreRandomized() {
        Set<Duration> firstDelays = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            firstDelays.add(new Backoff(POLICY, new SplittableRandom(seed)).next());
        }
        assertTrue(firstDelays.size() > 10, firstDelays.toString());
    }

    @Test
    void resetStartsFromTheMinimumAgain() {
        Backoff backoff = new Backoff(POLICY, new SplittableRandom(1));
        backoff.next();
        backoff.next();
        backoff.next();

        backoff.reset();

        assertWithin(backoff.next(), 100, 200);
    }

    @Test
    void equalBoundsGiveAFixedDelay() {
        Backoff backoff = new Backoff(ReconnectPolicy.exponential(Duration.ofSeconds(5),
                Duration.ofSeconds(5)), new SplittableRandom(3));
        assertEquals(Duration.ofSeconds(5), backoff.next());
        assertEquals(Duration.ofSeconds(5), backoff.next());
    }

    /** Asserts {@code fromMillis <= delay < toMillis}. */
    private static void assertWithin(Duration delay, long fromMillis, long toMillis) {
        assertTrue(delay.compareTo(Duration.ofMillis(fromMillis)) >= 0
                && delay.compareTo(Duration.ofMillis(toMillis)) < 0,
                delay + " not in [" + fromMillis + ", " + toMillis + ") ms");
    }
}
