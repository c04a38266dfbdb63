package org.meshbench.testcases.ui.internal.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.run.TestRunListener;

/**
 * Shows a run's progress on a job's monitor: one unit of work per test, the running test as the
 * sub-task. Called on the job's thread.
 */
final class MonitorProgress implements TestRunListener {

    private final IProgressMonitor monitor;

    /** @param monitor a monitor on which {@code beginTask} was called with the number of tests */
    MonitorProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void testStarted(TestCaseInfo testCase, int index, int total) {
        monitor.subTask((index + 1) + " of " + total + ": " + testCase.name());
    }

    @Override
    public void testFinished(TestResult result, int index, int total) {
        monitor.worked(1);
    }
}
