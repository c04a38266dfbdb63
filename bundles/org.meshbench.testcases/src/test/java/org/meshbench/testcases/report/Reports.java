package org.meshbench.testcases.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.LogLevel;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.RunReport;

/** A run with one result of every status in two categories, as the report tests read it back. */
final class Reports {

    static final Instant START = Instant.parse("2026-03-01T10:15:30.250Z");

    private Reports() {
    }

    static RunReport mixedRun() {
        return new RunReport(new TestTarget(0x1AB2C3, Set.of("gw2", "gw1")), START, Duration.ofMillis(4_321), List.of(
                result("meshbench.inventory", "Inventory", TestStatus.PASSED, "", "",
                        List.of(new Metric("gateways.online", 2, ""))),
                result("meshbench.echo", "Data path", TestStatus.FAILED, "loss 12.5 % is above 5 %",
                        "loss 12.5 % is above 5 %\nnode 42 never answered",
                        List.of(new Metric("latency.p95", 41.25, "ms"), new Metric("loss", 12.5, "%"))),
                result("meshbench.soak", "Data path", TestStatus.ERROR, "timed out after 10m",
                        "thread stack when the timeout struck:\n\tat Soak.run", List.of()),
                result("meshbench.cdd", "Configuration", TestStatus.SKIPPED, "no gateway has CONFIGURATION_DATA_V1",
                        "", List.of())), false);
    }

    private static TestResult result(String id, String category, TestStatus status, String message, String detail,
            List<Metric> metrics) {
        TestCaseInfo info = new TestCaseInfo(id, id + " name", "", category, Duration.ofMinutes(1), List.of(),
                "org.meshbench.testcases.builtin");
        List<LogEntry> logs = List.of(new LogEntry(START, LogLevel.INFO, id + " started"),
                new LogEntry(START.plusSeconds(1), LogLevel.ERROR, "payload \u0001\u0007 <&> quoted"));
        return new TestResult(info, status, message, detail, Map.of("count", "20"), metrics, logs, START,
                Duration.ofMillis(1_500));
    }
}
