package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.run.RunReport;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunListener;

/** Prints a run's progress and live log to stderr, so that stdout and the report files stay clean. */
final class TestProgress implements TestRunListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream err;

    TestProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void runStarted(TestPlan plan) {
        err.println("meshbench test: " + count(plan.tests().size(), "test case") + " on " + plan.target());
    }

    @Override
    public void testStarted(TestCaseInfo testCase, int index, int total) {
        err.println("[" + (index + 1) + "/" + total + "] " + testCase.id() + " (" + testCase.name() + ")");
    }

    @Override
    public void logged(TestCaseInfo testCase, LogEntry entry) {
        String time = LocalTime.ofInstant(entry.time(), ZoneId.systemDefault()).format(TIME);
        err.println("      " + time + " " + String.format(Locale.ROOT, "%-7s", entry.level()) + " " + entry.message());
    }

    @Override
    public void testFinished(TestResult result, int index, int total) {
        String seconds = String.format(Locale.ROOT, "%.1f s", result.duration().toMillis() / 1000.0);
        err.println("      " + result.status() + " in " + seconds
                + (result.message().isEmpty() ? "" : ": " + result.message()));
        result.metrics().forEach(metric -> err.println("      metric " + metric));
    }

    @Override
    public void runFinished(RunReport report) {
        err.println(count(report.results().size(), "test") + ": " + report.count(TestStatus.PASSED) + " passed, "
                + report.count(TestStatus.FAILED) + " failed, " + report.count(TestStatus.ERROR) + " errors, "
                + report.count(TestStatus.SKIPPED) + " skipped" + (report.cancelled() ? " (cancelled)" : ""));
    }

    private static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
