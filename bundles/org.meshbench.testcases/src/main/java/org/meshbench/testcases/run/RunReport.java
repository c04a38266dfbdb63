package org.meshbench.testcases.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;

/**
 * The results of one run, in plan order. Immutable.
 *
 * @param target the network tested
 * @param startedAt when the run started
 * @param duration how long it took
 * @param results one result per planned test
 * @param cancelled whether the run was cancelled
 * @since 0.1
 */
public record RunReport(TestTarget target, Instant startedAt, Duration duration, List<TestResult> results,
        boolean cancelled) {

    /** Checks for nulls and copies the list. */
    public RunReport {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        results = List.copyOf(results);
    }

    /**
     * @param status an outcome
     * @return how many tests ended with it
     */
    public long count(TestStatus status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    /** @return the tests that failed or erred */
    public List<TestResult> problems() {
        return results.stream().filter(result -> result.status().isProblem()).toList();
    }

    /** @return whether no test failed or erred (skipped tests do not count against a run) */
    public boolean successful() {
        return problems().isEmpty();
    }
}
