package org.meshbench.testcases.ui.internal.run;

import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.run.RunCancellation;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunListener;
import org.meshbench.testcases.run.TestRunner;

/**
 * Runs a test plan in the background. Cancelling the job (its Stop button, or the Progress view)
 * cancels the run: the running test ends as skipped, and so do the rest. The job ends with a
 * cancel status when the run was cancelled, so that the workbench does not report it as a failure.
 */
public final class TestRunJob extends Job {

    private final TestRunner runner;
    private final TestPlan plan;
    private final NetworkClient client;
    private final TestRunListener listener;
    private final RunCancellation cancellation = new RunCancellation();

    /**
     * @param runner runs the tests
     * @param plan what to run
     * @param client the connected network client; not closed here
     * @param listener told of every step, on the job's thread and on network threads
     */
    public TestRunJob(TestRunner runner, TestPlan plan, NetworkClient client, TestRunListener listener) {
        super("Running " + plan.tests().size() + (plan.tests().size() == 1 ? " test on " : " tests on ")
                + plan.target());
        this.runner = runner;
        this.plan = plan;
        this.client = client;
        this.listener = listener;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), plan.tests().size());
        try {
            RunReport report = runner.run(plan, client, new FanOut(List.of(listener, new MonitorProgress(monitor))),
                    cancellation);
            return report.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }

    @Override
    protected void canceling() {
        cancellation.cancel();
    }
}
