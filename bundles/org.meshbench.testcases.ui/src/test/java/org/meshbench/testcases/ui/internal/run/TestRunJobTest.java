package org.meshbench.testcases.ui.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testcases.ui.internal.model.LiveRun;
import org.meshbench.testcases.ui.internal.model.RowState;
import org.meshbench.testcases.ui.internal.model.ResultRow;
import org.meshbench.testcases.ui.internal.model.SampleCases;

/** The job runs the plan in the background, and cancelling it cancels the run. */
@Timeout(30)
class TestRunJobTest {

    private static final TestPlan PLAN = TestPlan.of(TestTarget.network(1), List.of(PlannedTest.of("sample.waits"),
            PlannedTest.of("sample.fails")));

    private static TestRunJob job(LiveRun live) {
        return new TestRunJob(new TestRunner(SampleCases.registry()), PLAN, new FakeNetworkClient(), live);
    }

    @Test
    void runsEveryTestAndEndsOk() throws Exception {
        SampleCases.releaseAll();
        LiveRun live = new LiveRun(PLAN, id -> id, () -> { });
        TestRunJob job = job(live);

        job.schedule();
        job.join(10_000, null);

        assertEquals(IStatus.OK, job.getResult().getSeverity());
        assertEquals("Running 2 tests on network 1", job.getName());
        assertEquals(List.of(RowState.PASSED, RowState.FAILED), live.rows().stream().map(ResultRow::state).toList());
    }

    @Test
    void cancellingTheJobSkipsTheRunningTestAndTheRest() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        SampleCases.holdUntilReleased();
        LiveRun live = new LiveRun(PLAN, id -> id, () -> {
            started.countDown();
        });
        TestRunJob job = job(live);

        job.schedule();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        job.cancel();
        job.join(10_000, null);

        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals(List.of(RowState.SKIPPED, RowState.SKIPPED), live.rows().stream().map(ResultRow::state)
                .toList());
        assertTrue(live.report().orElseThrow().cancelled());
    }
}
