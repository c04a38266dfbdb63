package org.meshbench.transport.mqtt.internal;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.meshbench.transport.mqtt.ReconnectPolicy;

/**
 * Randomized exponential backoff: each delay is drawn from {@code [w, 2w)} and capped at the
 * maximum, and {@code w} doubles per call up to the maximum. Thread-safe.
 */
final class Backoff {
    private final long minNanos;
    private final long maxNanos;
    private final RandomGenerator random;
    private long window;

    Backoff(ReconnectPolicy policy, RandomGenerator random) {
        this.minNanos = policy.minDelay().toNanos();
        this.maxNanos = policy.maxDelay().toNanos();
        this.random = random;
        this.window = minNanos;
    }

    /** @return the wait before the next attempt */
    synchronized Duration next() {
        long current = window;
        long delay = Math.min(maxNanos, current + random.nextLong(current));
        window = current > maxNanos / 2 ? maxNanos : Math.min(maxNanos, current * 2);
        return Duration.ofNanos(delay);
    }

    /** Starts again from the minimum, after a successful connection. */
    synchronized void reset() {
        window = minNanos;
    }
}
