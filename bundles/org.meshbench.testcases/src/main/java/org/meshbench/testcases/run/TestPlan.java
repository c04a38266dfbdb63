package org.meshbench.testcases.run;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestTarget;

/**
 * What a run does: the network, the test cases in order with their parameters, and optionally a
 * timeout that replaces each test case's declared one. Immutable.
 *
 * @param target the network under test
 * @param tests the test cases, each at most once
 * @param timeoutOverride the timeout of every test; empty to use the declared timeouts
 * @since 0.1
 */
public record TestPlan(TestTarget target, List<PlannedTest> tests, Optional<Duration> timeoutOverride) {

    /** Copies the list and rejects a test case planned twice or a non-positive timeout. */
    public TestPlan {
        Objects.requireNonNull(target, "target");
        tests = List.copyOf(tests);
        Objects.requireNonNull(timeoutOverride, "timeoutOverride");
        Set<String> seen = new HashSet<>();
        for (PlannedTest test : tests) {
            if (!seen.add(test.testCaseId())) {
                throw new IllegalArgumentException("test case " + test.testCaseId() + " is planned twice");
            }
        }
        if (timeoutOverride.filter(timeout -> timeout.isNegative() || timeout.isZero()).isPresent()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
    }

    /**
     * @param target the network under test
     * @param tests the test cases
     * @return a plan with the declared timeouts
     */
    public static TestPlan of(TestTarget target, List<PlannedTest> tests) {
        return new TestPlan(target, tests, Optional.empty());
    }

    /**
     * @param timeout the timeout of every test
     * @return a copy with that timeout
     */
    public TestPlan withTimeout(Duration timeout) {
        return new TestPlan(target, tests, Optional.of(timeout));
    }

    /**
     * For "re-run failed": keeps the tests that failed or erred in a report, with the same
     * parameters and timeout.
     *
     * @param report the report of a run of this plan
     * @return a plan of those tests only
     */
    public TestPlan retainProblems(RunReport report) {
        Set<String> problems = report.problems().stream().map(TestResult::testCase)
                .map(testCase -> testCase.id()).collect(Collectors.toSet());
        return new TestPlan(target, tests.stream().filter(test -> problems.contains(test.testCaseId())).toList(),
                timeoutOverride);
    }
}
