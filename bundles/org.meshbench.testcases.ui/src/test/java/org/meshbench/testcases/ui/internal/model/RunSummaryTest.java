package org.meshbench.testcases.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.RunReport;

class RunSummaryTest {

    static RunReport report(boolean cancelled, TestStatus... statuses) {
        List<TestResult> results = Arrays.stream(statuses).map(status -> new TestResult(
                SampleCases.info("sample.fails"), status, "", "", Map.of(), List.of(), List.of(), Instant.EPOCH,
                Duration.ZERO)).toList();
        return new RunReport(TestTarget.network(1), Instant.parse("2026-05-09T10:15:02.5Z"),
                Duration.ofMillis(12_345), results, cancelled);
    }

    @Test
    void countsEveryOutcome() {
        assertEquals("4 tests: 1 passed, 2 failed, 1 error, 0 skipped in 12.345 s", RunSummary.finished(
                report(false, TestStatus.PASSED, TestStatus.FAILED, TestStatus.FAILED, TestStatus.ERROR)));
        assertEquals("1 test: 0 passed, 0 failed, 0 errors, 1 skipped in 12.345 s (stopped)",
                RunSummary.finished(report(true, TestStatus.SKIPPED)));
    }

    @Test
    void namesTheRunningTest() {
        List<ResultRow> rows = List.of(ResultRow.pending(0, "a", "Alpha"),
                new ResultRow(1, "b", "Beta", RowState.RUNNING, Optional.empty(), List.of()));

        assertEquals("Running 2 of 2: Beta", RunSummary.progress(rows));
        assertEquals("Starting 1 test…", RunSummary.progress(List.of(ResultRow.pending(0, "a", "Alpha"))));
    }

    @Test
    void exportFilesAreNamedAfterTheStartInUtc() {
        assertEquals("meshbench-tests-20260509-101502.xml", ReportFiles.defaultName(report(false)));
    }
}
