package org.meshbench.testcases.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.LogLevel;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunCancellation;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunner;

/** The live results, fed by the real runner running the sample test cases. */
@Timeout(30)
class LiveRunTest {

    private static final TestPlan PLAN = TestPlan.of(TestTarget.network(1), List.of(
            new PlannedTest("sample.measures", Map.of("count", "2")), PlannedTest.of("sample.waits"),
            PlannedTest.of("sample.fails")));

    private final AtomicInteger changes = new AtomicInteger();
    private final LiveRun live = new LiveRun(PLAN, id -> "name of " + id, changes::incrementAndGet);

    private RunReport run() throws InterruptedException {
        return new TestRunner(SampleCases.registry()).run(PLAN, new FakeNetworkClient(), live,
                new RunCancellation());
    }

    @Test
    void beforeTheRunEveryTestIsPendingUnderTheGivenName() {
        assertEquals(List.of("PENDING name of sample.measures", "PENDING name of sample.waits",
                "PENDING name of sample.fails"), live.rows().stream().map(row -> row.state() + " " + row.name())
                .toList());
    }

    @Test
    void afterTheRunEveryTestHasItsResultAndTheReportIsKept() throws Exception {
        SampleCases.releaseAll();

        RunReport report = run();

        List<ResultRow> rows = live.rows();
        assertEquals(List.of(RowState.PASSED, RowState.PASSED, RowState.FAILED),
                rows.stream().map(ResultRow::state).toList());
        assertEquals("Measures", rows.get(0).name());
        assertEquals(List.of("step 0", "step 1"), rows.get(0).log().stream().map(LogEntry::message).toList());
        assertEquals(TestStatus.FAILED, rows.get(2).result().orElseThrow().status());
        assertEquals(report, live.report().orElseThrow());
        assertTrue(changes.get() >= 3 * 2 + 3, "start and end of each test, and what they logged: " + changes);
    }

    @Test
    void aRunningTestShowsWhatItLoggedSoFar() throws Exception {
        SampleCases.holdUntilReleased();
        CompletableFuture<RunReport> report = CompletableFuture.supplyAsync(() -> {
            try {
                return run();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (live.rows().get(1).log().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        List<ResultRow> during = live.rows();
        SampleCases.releaseAll();

        assertEquals(List.of(RowState.PASSED, RowState.RUNNING, RowState.PENDING),
                during.stream().map(ResultRow::state).toList());
        assertEquals(List.of(LogLevel.WARNING), during.get(1).log().stream().map(LogEntry::level).toList());
        report.get(10, TimeUnit.SECONDS);
        assertEquals(RowState.PASSED, live.rows().get(1).state());
    }

    @Test
    void theLiveLogKeepsTheNewestEntries() {
        TestCaseInfo measures = SampleCases.info("sample.measures");
        live.testStarted(measures, 0, 3);
        for (int i = 0; i <= LiveRun.LIVE_LOG_LIMIT; i++) {
            live.logged(measures, new LogEntry(Instant.EPOCH, LogLevel.INFO, "entry " + i));
        }

        List<LogEntry> log = live.rows().get(0).log();

        assertEquals(LiveRun.LIVE_LOG_LIMIT, log.size());
        assertEquals("entry 1", log.get(0).message());
    }

    @Test
    void entriesOfATestThatIsNotRunningAreIgnored() {
        live.testStarted(SampleCases.info("sample.measures"), 0, 3);
        live.logged(SampleCases.info("sample.waits"), new LogEntry(Instant.EPOCH, LogLevel.INFO, "late"));

        assertEquals(List.of(), live.rows().get(0).log());
    }
}
