package org.meshbench.testcases.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How the runner treats misbehaving tests. Immutable.
 *
 * @param stopGrace how long a test that timed out or was cancelled has to end after its thread was
 *            interrupted, before the runner abandons the thread and moves on
 * @param maxLogEntries log entries kept per test; further entries are counted, not kept
 * @since 0.1
 */
public record RunnerOptions(Duration stopGrace, int maxLogEntries) {

    /** Rejects negative or zero limits. */
    public RunnerOptions {
        Objects.requireNonNull(stopGrace, "stopGrace");
        if (stopGrace.isNegative() || maxLogEntries < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Two seconds is ample for a test that honours interruption to release its listeners, and
     * 5,000 entries keep a chatty soak test's report readable.
     *
     * @return a 2 s grace and 5,000 log entries per test
     */
    public static RunnerOptions defaults() {
        return new RunnerOptions(Duration.ofSeconds(2), 5_000);
    }
}
