package org.meshbench.decoders.internal.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits the registry applies to decoders.
 *
 * @param timeBudget how long one decoder call may take before it counts as a fault
 * @param maxConsecutiveFaults faults in a row after which a decoder is disabled
 */
public record RegistryOptions(Duration timeBudget, int maxConsecutiveFaults) {

    /** Rejects non-positive limits. */
    public RegistryOptions {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero() || maxConsecutiveFaults < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * A quarter second is far more than any payload of at most a few hundred bytes needs, yet
     * short enough that a stuck decoder does not visibly stall a live packet list.
     *
     * @return 250 ms per call, disabled after 5 faults in a row
     */
    public static RegistryOptions defaults() {
        return new RegistryOptions(Duration.ofMillis(250), 5);
    }
}
