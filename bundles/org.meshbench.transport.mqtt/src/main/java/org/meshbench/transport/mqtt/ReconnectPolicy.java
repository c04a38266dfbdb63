package org.meshbench.transport.mqtt;

import java.time.Duration;
import java.util.Objects;

/**
 * When a transport reconnects after losing its connection. Delays grow exponentially from
 * {@code minDelay} to {@code maxDelay} and are randomized (each wait is drawn from
 * {@code [w, 2w)}, capped at {@code maxDelay}, with {@code w} doubling per failed attempt), so
 * that many clients cut off together do not return together. Immutable.
 *
 * @param enabled whether to reconnect at all
 * @param minDelay first wait window, positive
 * @param maxDelay longest wait, at least {@code minDelay}
 */
public record ReconnectPolicy(boolean enabled, Duration minDelay, Duration maxDelay) {

    private static final ReconnectPolicy DEFAULT =
            new ReconnectPolicy(true, Duration.ofSeconds(1), Duration.ofSeconds(60));

    /** Checks the delays. */
    public ReconnectPolicy {
        Objects.requireNonNull(minDelay, "minDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (minDelay.isNegative() || minDelay.isZero()) {
            throw new IllegalArgumentException("minimum reconnect delay must be positive");
        }
        if (maxDelay.compareTo(minDelay) < 0) {
            throw new IllegalArgumentException("maximum reconnect delay " + maxDelay
                    + " is shorter than the minimum " + minDelay);
        }
    }

    /** @return reconnect forever, waiting 1 s at first and at most 60 s */
    public static ReconnectPolicy defaults() {
        return DEFAULT;
    }

    /**
     * @param minDelay first wait window
     * @param maxDelay longest wait
     * @return a policy that reconnects forever with these bounds
     */
    public static ReconnectPolicy exponential(Duration minDelay, Duration maxDelay) {
        return new ReconnectPolicy(true, minDelay, maxDelay);
    }

    /** @return a policy that never reconnects on its own */
    public static ReconnectPolicy disabled() {
        return new ReconnectPolicy(false, DEFAULT.minDelay, DEFAULT.maxDelay);
    }
}
