package org.meshbench.testcases.ui.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testcases.ui.internal.model.ResultRow;
import org.meshbench.testcases.ui.internal.model.RowState;
import org.meshbench.testcases.ui.internal.model.SampleCases;

/** Runs through the session as the view does, with the test thread standing in for the UI thread. */
@Timeout(30)
class RunSessionTest {

    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final AtomicInteger changes = new AtomicInteger();
    private final RunSession session = new RunSession(uiQueue::add, Job::schedule, changes::incrementAndGet);
    private final NetworkClient client = new FakeNetworkClient();

    private static TestPlan plan(PlannedTest... tests) {
        return TestPlan.of(TestTarget.network(1), List.of(tests));
    }

    /** Runs what the session handed to the UI thread until the run ended. */
    private void uiLoopUntilEnded() throws InterruptedException {
        while (session.running()) {
            Runnable task = uiQueue.poll(10, TimeUnit.SECONDS);
            if (task == null) {
                throw new AssertionError("the run did not end");
            }
            task.run();
        }
        Runnable last;
        while ((last = uiQueue.poll()) != null) {
            last.run();
        }
    }

    @AfterEach
    void release() {
        SampleCases.releaseAll();
    }

    @Test
    void aRunEndsWithItsReportAndItsProblemsCanRunAgain() throws Exception {
        SampleCases.releaseAll();
        TestPlan plan = plan(new PlannedTest("sample.measures", Map.of("count", "1")), PlannedTest.of("sample.fails"));

        assertEquals(List.of(), session.start(new TestRunner(SampleCases.registry()), plan, client, id -> id));
        assertTrue(session.running());
        uiLoopUntilEnded();

        assertFalse(session.running());
        assertEquals(List.of(RowState.PASSED, RowState.FAILED), session.rows().stream().map(ResultRow::state).toList());
        assertTrue(session.status().startsWith("2 tests: 1 passed, 1 failed, 0 errors, 0 skipped in "),
                session.status());
        assertEquals(Optional.of(plan(PlannedTest.of("sample.fails"))), session.problemsOfLastRun());
        assertTrue(changes.get() > 0);
    }

    @Test
    void onlyOneRunAtATime() throws Exception {
        SampleCases.holdUntilReleased();
        session.start(new TestRunner(SampleCases.registry()), plan(PlannedTest.of("sample.waits")), client, id -> id);

        assertEquals(List.of("A run is under way"), session.start(new TestRunner(SampleCases.registry()),
                plan(PlannedTest.of("sample.fails")), client, id -> id));
        assertTrue(session.status().startsWith("Starting 1 test") || session.status().startsWith("Running 1 of 1"),
                session.status());
        SampleCases.releaseAll();
        uiLoopUntilEnded();
        assertEquals(Optional.empty(), session.problemsOfLastRun(), "nothing failed");
    }

    @Test
    void stopSkipsWhatIsLeft() throws Exception {
        SampleCases.holdUntilReleased();
        session.start(new TestRunner(SampleCases.registry()), plan(PlannedTest.of("sample.waits"), PlannedTest.of("sample.fails")),
                client, id -> id);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (session.rows().get(0).state() != RowState.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        session.stop();
        uiLoopUntilEnded();

        assertEquals(List.of(RowState.SKIPPED, RowState.SKIPPED), session.rows().stream().map(ResultRow::state)
                .toList());
        assertTrue(session.status().endsWith("(stopped)"), session.status());
    }

    @Test
    void aPlanThatCannotRunIsRefusedWithItsProblems() {
        assertEquals(List.of("no test case sample.gone is installed"), session.start(new TestRunner(SampleCases.registry()),
                plan(PlannedTest.of("sample.gone")), client, id -> id));
        assertFalse(session.running());
        assertEquals("", session.status());
    }
}
