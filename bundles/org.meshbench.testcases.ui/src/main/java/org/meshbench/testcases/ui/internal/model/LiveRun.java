package org.meshbench.testcases.ui.internal.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunListener;

/**
 * The results of one run as they come in: told by the runner of every step, read by the view as
 * snapshots. Thread-safe: the runner reports from its own thread and from network listener
 * threads, the view reads on the UI thread. Every change calls the change callback, which must
 * return quickly (the view coalesces the calls into one refresh).
 */
public final class LiveRun implements TestRunListener {

    /** A chatty test keeps its newest entries visible while running; its result keeps the full log. */
    static final int LIVE_LOG_LIMIT = 1_000;

    private final Runnable changed;
    private final List<ResultRow> rows = new ArrayList<>();
    private final Deque<LogEntry> liveLog = new ArrayDeque<>();
    private int running = -1;
    private RunReport report;

    /**
     * @param plan the plan about to run
     * @param names the name to show for a test-case id until the test starts
     * @param changed called after every change, on the thread that made it
     */
    public LiveRun(TestPlan plan, Function<String, String> names, Runnable changed) {
        this.changed = changed;
        List<PlannedTest> tests = plan.tests();
        for (int index = 0; index < tests.size(); index++) {
            String id = tests.get(index).testCaseId();
            rows.add(ResultRow.pending(index, id, names.apply(id)));
        }
    }

    @Override
    public void testStarted(TestCaseInfo testCase, int index, int total) {
        synchronized (this) {
            running = index;
            liveLog.clear();
            rows.set(index, new ResultRow(index, testCase.id(), testCase.name(), RowState.RUNNING, Optional.empty(),
                    List.of()));
        }
        changed.run();
    }

    @Override
    public void logged(TestCaseInfo testCase, LogEntry entry) {
        synchronized (this) {
            if (running < 0 || !rows.get(running).testCaseId().equals(testCase.id())) {
                return; // a listener of an abandoned test may still log after its test ended
            }
            if (liveLog.size() == LIVE_LOG_LIMIT) {
                liveLog.removeFirst();
            }
            liveLog.addLast(entry);
        }
        changed.run();
    }

    @Override
    public void testFinished(TestResult result, int index, int total) {
        synchronized (this) {
            running = -1;
            liveLog.clear();
            rows.set(index, ResultRow.finished(index, result));
        }
        changed.run();
    }

    @Override
    public void runFinished(RunReport finished) {
        synchronized (this) {
            report = finished;
        }
        changed.run();
    }

    /** @return every planned test, in plan order */
    public synchronized List<ResultRow> rows() {
        List<ResultRow> snapshot = new ArrayList<>(rows);
        if (running >= 0) {
            ResultRow row = rows.get(running);
            snapshot.set(running, new ResultRow(row.index(), row.testCaseId(), row.name(), row.state(), row.result(),
                    List.copyOf(liveLog)));
        }
        return snapshot;
    }

    /** @return the report, once the run finished */
    public synchronized Optional<RunReport> report() {
        return Optional.ofNullable(report);
    }
}
