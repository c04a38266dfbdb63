package org.meshbench.testcases.ui.internal.run;

import java.util.List;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunListener;

/** Tells several listeners of a run, in order, because the runner takes one. */
final class FanOut implements TestRunListener {

    private final List<TestRunListener> listeners;

    FanOut(List<TestRunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void runStarted(TestPlan plan) {
        listeners.forEach(listener -> listener.runStarted(plan));
    }

    @Override
    public void testStarted(TestCaseInfo testCase, int index, int total) {
        listeners.forEach(listener -> listener.testStarted(testCase, index, total));
    }

    @Override
    public void logged(TestCaseInfo testCase, LogEntry entry) {
        listeners.forEach(listener -> listener.logged(testCase, entry));
    }

    @Override
    public void testFinished(TestResult result, int index, int total) {
        listeners.forEach(listener -> listener.testFinished(result, index, total));
    }

    @Override
    public void runFinished(RunReport report) {
        listeners.forEach(listener -> listener.runFinished(report));
    }
}
