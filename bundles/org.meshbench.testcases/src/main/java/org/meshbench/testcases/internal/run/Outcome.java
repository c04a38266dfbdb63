package org.meshbench.testcases.internal.run;

import java.time.Duration;

/** What happened to a test's thread, before it is judged. */
sealed interface Outcome {

    /** The test returned normally. */
    record Returned() implements Outcome {
    }

    /**
     * The test (or the creation of its class) threw.
     *
     * @param thrown what it threw
     */
    record Threw(Throwable thrown) implements Outcome {
    }

    /**
     * The test ran past its timeout and was interrupted.
     *
     * @param timeout the timeout
     * @param stack where its thread was when the timeout struck
     * @param abandoned whether its thread was still running after the grace period
     */
    record TimedOut(Duration timeout, StackTraceElement[] stack, boolean abandoned) implements Outcome {
    }

    /**
     * The run was cancelled while the test ran, and it was interrupted.
     *
     * @param abandoned whether its thread was still running after the grace period
     */
    record Cancelled(boolean abandoned) implements Outcome {
    }
}
