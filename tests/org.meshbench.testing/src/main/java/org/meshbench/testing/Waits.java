package org.meshbench.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for conditions that other threads make true. */
public final class Waits {
    /** Upper bound of every wait in integration tests. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private Waits() {
    }

    /**
     * @param what what is awaited, for the failure message
     * @param condition the condition
     * @throws InterruptedException if interrupted
     * @throws AssertionError if the condition is not met within {@link #WAIT}
     */
    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(10);
        }
    }
}
