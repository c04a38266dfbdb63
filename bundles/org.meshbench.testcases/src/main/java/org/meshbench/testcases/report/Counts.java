package org.meshbench.testcases.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.w3c.dom.Element;

/**
 * The counters of a JUnit suite element.
 *
 * @param tests all tests
 * @param failures failed tests
 * @param errors erred tests
 * @param skipped skipped tests
 */
record Counts(long tests, long failures, long errors, long skipped) {

    static Counts of(List<TestResult> results) {
        return new Counts(results.size(), count(results, TestStatus.FAILED), count(results, TestStatus.ERROR),
                count(results, TestStatus.SKIPPED));
    }

    void applyTo(Element element) {
        element.setAttribute("tests", Long.toString(tests));
        element.setAttribute("failures", Long.toString(failures));
        element.setAttribute("errors", Long.toString(errors));
        element.setAttribute("skipped", Long.toString(skipped));
    }

    /** JUnit times are seconds with a decimal point, whatever the locale. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
    }

    /** The JUnit schema's timestamp has no zone; ours is UTC. */
    static String timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString();
    }

    private static long count(List<TestResult> results, TestStatus status) {
        return results.stream().filter(result -> result.status() == status).count();
    }
}
