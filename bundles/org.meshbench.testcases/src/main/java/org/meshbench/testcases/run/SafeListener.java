package org.meshbench.testcases.run;

import java.lang.System.Logger.Level;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;

/** Calls a progress listener; a listener that throws is logged and does not disturb the run. */
final class SafeListener implements TestRunListener {

    private final TestRunListener listener;
    private final System.Logger logger;

    SafeListener(TestRunListener listener, System.Logger logger) {
        this.listener = listener;
        this.logger = logger;
    }

    @Override
    public void runStarted(TestPlan plan) {
        call(() -> listener.runStarted(plan));
    }

    @Override
    public void testStarted(TestCaseInfo testCase, int index, int total) {
        call(() -> listener.testStarted(testCase, index, total));
    }

    @Override
    public void logged(TestCaseInfo testCase, LogEntry entry) {
        call(() -> listener.logged(testCase, entry));
    }

    @Override
    public void testFinished(TestResult result, int index, int total) {
        call(() -> listener.testFinished(result, index, total));
    }

    @Override
    public void runFinished(RunReport report) {
        call(() -> listener.runFinished(report));
    }

    private void call(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            logger.log(Level.WARNING, "test run listener " + listener + " failed", e);
        }
    }
}
