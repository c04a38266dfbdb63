package org.meshbench.testcases.run;

import java.util.concurrent.CompletableFuture;

/**
 * Cancels a run from another thread, for example from an Eclipse Job's {@code canceling()}. The
 * running test is interrupted and ends as skipped, and the tests after it are skipped. Thread-safe;
 * a cancellation cannot be undone, so use a new one per run.
 *
 * @since 0.1
 */
public final class RunCancellation {

    private final CompletableFuture<Void> cancelled = new CompletableFuture<>();

    /** Cancels the run; further calls do nothing. */
    public void cancel() {
        cancelled.complete(null);
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled.isDone();
    }

    /** @return completes when the run is cancelled, so that the runner can wait for it */
    CompletableFuture<Void> signal() {
        return cancelled;
    }
}
