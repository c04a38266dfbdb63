package org.meshbench.testcases;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one run of one test case. Immutable.
 *
 * @param testCase what was run
 * @param status the outcome
 * @param message one line saying why it did not pass; empty when it passed
 * @param detail more on a problem: every failed check, or the stack trace of an error; may be empty
 * @param parameters the effective parameter values as texts, in declaration order
 * @param metrics the measurements, in recording order
 * @param logs the log, in order
 * @param startedAt when the test started
 * @param duration how long it ran
 * @since 0.1
 */
public record TestResult(TestCaseInfo testCase, TestStatus status, String message, String detail,
        Map<String, String> parameters, List<Metric> metrics, List<LogEntry> logs, Instant startedAt,
        Duration duration) {

    /** Checks for nulls and copies the collections. */
    public TestResult {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(detail, "detail");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        metrics = List.copyOf(metrics);
        logs = List.copyOf(logs);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
    }
}
