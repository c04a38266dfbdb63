package org.meshbench.testcases.ui.internal.run;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testcases.ui.internal.model.LiveRun;
import org.meshbench.testcases.ui.internal.model.ResultRow;
import org.meshbench.testcases.ui.internal.model.RunSummary;
import org.meshbench.ui.services.RefreshThrottle;

/**
 * The view's runs: at most one at a time, as a {@link TestRunJob}, and the last one kept for
 * "re-run failed" and export. Only the UI thread calls it; what the job reports is applied there
 * through the executor, and then the change callback runs, coalesced.
 */
public final class RunSession {

    private final Executor ui;
    private final Consumer<Job> scheduler;
    private final RefreshThrottle refresh;
    private TestRunJob job;
    private LiveRun live;
    private TestPlan lastPlan;
    private Optional<RunReport> lastReport = Optional.empty();
    private boolean ended;

    /**
     * @param ui runs tasks on the UI thread
     * @param scheduler schedules a run's job, for example through the view site's progress service
     * @param changed told on the UI thread when results come in or a run ends
     */
    public RunSession(Executor ui, Consumer<Job> scheduler, Runnable changed) {
        this.ui = ui;
        this.scheduler = scheduler;
        this.refresh = new RefreshThrottle(ui, changed);
    }

    /**
     * Starts a run unless one is under way or the plan cannot run.
     *
     * @param runner runs the test cases
     * @param plan what to run
     * @param client a connected client, not closed here
     * @param names the names to show for test-case ids until each test starts
     * @return why the plan did not start; empty when it started
     */
    public List<String> start(TestRunner runner, TestPlan plan, NetworkClient client,
            Function<String, String> names) {
        if (job != null) {
            return List.of("A run is under way");
        }
        List<String> problems = runner.check(plan);
        if (!problems.isEmpty()) {
            return problems;
        }
        LiveRun run = new LiveRun(plan, names, refresh::request);
        live = run;
        job = new TestRunJob(runner, plan, client, run);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ui.execute(() -> ended(plan, run));
            }
        });
        scheduler.accept(job);
        return List.of();
    }

    private void ended(TestPlan plan, LiveRun run) {
        job = null;
        ended = true;
        lastPlan = plan;
        lastReport = run.report();
        refresh.request();
    }

    /** Cancels the run under way, if any; its running test and the rest end as skipped. */
    public void stop() {
        if (job != null) {
            job.cancel();
        }
    }

    /** @return whether a run is under way */
    public boolean running() {
        return job != null;
    }

    /** @return the planned tests of the current or last run; empty before the first */
    public List<ResultRow> rows() {
        return live == null ? List.of() : live.rows();
    }

    /** @return the report of the last run that got to start */
    public Optional<RunReport> lastReport() {
        return lastReport;
    }

    /** @return the last run's failed and erred tests with their parameters, if it had any */
    public Optional<TestPlan> problemsOfLastRun() {
        return lastReport.filter(report -> !report.successful()).map(report -> lastPlan.retainProblems(report));
    }

    /** @return what runs now, or how the last run ended; empty before the first run */
    public String status() {
        if (job != null) {
            return RunSummary.progress(rows());
        }
        return lastReport.map(RunSummary::finished).orElse(ended ? "Stopped before the first test started" : "");
    }
}
