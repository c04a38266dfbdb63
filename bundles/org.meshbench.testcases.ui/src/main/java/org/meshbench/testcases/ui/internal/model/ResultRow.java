package org.meshbench.testcases.ui.internal.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.TestResult;

/**
 * One planned test of a run as the results tree shows it. Immutable snapshot.
 *
 * @param index its position in the plan, from 0
 * @param testCaseId the test-case id
 * @param name the name shown
 * @param state where it is
 * @param result its result once it ended
 * @param log what it logged: the kept log once ended, the latest entries while running
 */
public record ResultRow(int index, String testCaseId, String name, RowState state, Optional<TestResult> result,
        List<LogEntry> log) {

    /** Checks for nulls and copies the log. */
    public ResultRow {
        Objects.requireNonNull(testCaseId, "testCaseId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(result, "result");
        log = List.copyOf(log);
    }

    static ResultRow pending(int index, String testCaseId, String name) {
        return new ResultRow(index, testCaseId, name, RowState.PENDING, Optional.empty(), List.of());
    }

    static ResultRow finished(int index, TestResult result) {
        return new ResultRow(index, result.testCase().id(), result.testCase().name(), RowState.of(result.status()),
                Optional.of(result), result.logs());
    }
}
