package org.meshbench.cli.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.meshbench.testcases.run.RunCancellation;

/**
 * Cancels a test run when the process is asked to stop (Ctrl-C, or a CI job's timeout sending
 * SIGTERM) and holds the shutdown until the reports are written, so that a stopped job still
 * leaves a JUnit report of what ran.
 */
final class CancelOnShutdown implements AutoCloseable {

    /** The runner gives a stopped test 2 s to end; the rest is for writing the reports. */
    private static final Duration REPORT_GRACE = Duration.ofSeconds(5);

    private final RunCancellation cancellation = new RunCancellation();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::cancelAndWait, "meshbench-test-shutdown");

    CancelOnShutdown() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    RunCancellation cancellation() {
        return cancellation;
    }

    /** The run and its reports are done: lets a pending shutdown go on, or unregisters the hook. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs already and has just been released by the count-down above
        }
    }

    private void cancelAndWait() {
        cancellation.cancel();
        try {
            finished.await(REPORT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
