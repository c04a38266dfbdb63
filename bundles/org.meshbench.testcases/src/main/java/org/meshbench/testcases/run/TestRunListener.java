package org.meshbench.testcases.run;

import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Progress of a run, for a progress bar, a live log or a console. Every method has an empty
 * default. {@link #logged} is called on the test's own thread or on network listener threads,
 * the others on the thread that called {@link TestRunner#run}. Calls must return quickly; an
 * exception thrown by a listener is logged and otherwise ignored.
 *
 * @since 0.1
 */
@ConsumerType
public interface TestRunListener {

    /** A listener that ignores everything. */
    TestRunListener NONE = new TestRunListener() {
    };

    /** @param plan the plan about to run */
    default void runStarted(TestPlan plan) {
    }

    /**
     * @param testCase the test about to start
     * @param index its position in the plan, from 0
     * @param total the number of planned tests
     */
    default void testStarted(TestCaseInfo testCase, int index, int total) {
    }

    /**
     * @param testCase the running test
     * @param entry what it logged
     */
    default void logged(TestCaseInfo testCase, LogEntry entry) {
    }

    /**
     * @param result the outcome of the test that just ended
     * @param index its position in the plan, from 0
     * @param total the number of planned tests
     */
    default void testFinished(TestResult result, int index, int total) {
    }

    /** @param report the outcome of the whole run */
    default void runFinished(RunReport report) {
    }
}
