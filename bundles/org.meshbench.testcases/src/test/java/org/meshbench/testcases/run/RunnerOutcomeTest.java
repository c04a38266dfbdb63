package org.meshbench.testcases.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.testcases.internal.registry.FakeSource.extension;
import static org.meshbench.testcases.internal.registry.FakeSource.testCase;
import static org.meshbench.testcases.internal.registry.FakeSource.unusedNetwork;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.LogLevel;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.ParameterType;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.internal.registry.DefaultTestCaseRegistry;
import org.meshbench.testcases.internal.registry.FakeSource;

/** How a test's checks, exceptions, parameters, metrics and logs become its result. */
@Timeout(30)
class RunnerOutcomeTest {

    private static final TestTarget TARGET = TestTarget.network(7);
    private static final ParameterDescriptor COUNT = new ParameterDescriptor("count", "Count", "",
            ParameterType.INTEGER, Optional.of("3"), false, Optional.of("1"), Optional.of("10"), List.of());

    private final FakeSource source = new FakeSource();

    private TestRunner runner(int maxLogEntries) {
        return new TestRunner(new DefaultTestCaseRegistry(source), new RunnerOptions(Duration.ofMillis(200),
                maxLogEntries));
    }

    private RunReport run(TestPlan plan) throws InterruptedException {
        return runner(100).run(plan, unusedNetwork(), TestRunListener.NONE, new RunCancellation());
    }

    private static TestPlan plan(String... ids) {
        return TestPlan.of(TARGET, List.of(ids).stream().map(PlannedTest::of).toList());
    }

    @Test
    void checksDecideTheStatus() throws InterruptedException {
        source.install(extension("plugin.tests",
                testCase("passes", context -> context.checks().require(true, "never shown")),
                testCase("hard", context -> context.checks().require(false, "sink sink1 is stopped")),
                testCase("soft", context -> {
                    context.checks().expect(false, "gw1 is offline");
                    context.checks().expect(true, "never shown");
                    context.checks().expect(false, "gw2 is offline");
                }),
                testCase("skips", context -> { throw context.checks().skip("no gateway has CONFIGURATION_DATA_V1"); })));

        List<TestResult> results = run(plan("passes", "hard", "soft", "skips")).results();

        assertEquals(List.of(TestStatus.PASSED, TestStatus.FAILED, TestStatus.FAILED, TestStatus.SKIPPED),
                results.stream().map(TestResult::status).toList());
        assertEquals("", results.get(0).message());
        assertEquals("sink sink1 is stopped", results.get(1).message());
        assertEquals("2 checks failed, the first: gw1 is offline", results.get(2).message());
        assertEquals("gw1 is offline\ngw2 is offline", results.get(2).detail());
        assertEquals("no gateway has CONFIGURATION_DATA_V1", results.get(3).message());
    }

    @Test
    void parametersMetricsAndLogsReachTheResult() throws InterruptedException {
        source.install(extension("plugin.tests", testCase("measures", "plugin.tests", () -> (TestCase) context -> {
            long count = context.parameters().integer("count");
            context.metrics().record("latency.p50", 12.5, "ms");
            context.metrics().count("packets", count);
            context.metrics().count("packets", count * 2);
            context.log().warning("count is " + count);
        }, COUNT)));

        TestResult result = run(TestPlan.of(TARGET, List.of(new PlannedTest("measures", Map.of("count", "4")))))
                .results().get(0);

        assertEquals(TestStatus.PASSED, result.status());
        assertEquals(Map.of("count", "4"), result.parameters());
        assertEquals(List.of(new Metric("latency.p50", 12.5, "ms"), new Metric("packets", 8, "")), result.metrics());
        assertEquals(List.of("count is 4"), result.logs().stream().map(LogEntry::message).toList());
        assertEquals(LogLevel.WARNING, result.logs().get(0).level());
    }

    @Test
    void invalidParametersAndUninstalledTestsAreErrorsWithoutRunning() throws InterruptedException {
        source.install(extension("plugin.tests", testCase("counted", "plugin.tests", () -> {
            throw new AssertionError("must not be created");
        }, COUNT)));
        TestPlan plan = TestPlan.of(TARGET, List.of(new PlannedTest("counted", Map.of("count", "11")),
                PlannedTest.of("gone")));

        List<TestResult> results = run(plan).results();

        assertEquals(TestStatus.ERROR, results.get(0).status());
        assertEquals("counted: parameter count: 11 is above the maximum 10", results.get(0).message());
        assertEquals(TestStatus.ERROR, results.get(1).status());
        assertEquals("no test case gone is installed", results.get(1).message());
        assertEquals(List.of("counted: parameter count: 11 is above the maximum 10", "no test case gone is installed"),
                runner(100).check(plan));
    }

    @Test
    void logIsBoundedAndCountsWhatItDropped() throws InterruptedException {
        source.install(extension("plugin.tests", testCase("chatty", context -> {
            for (int i = 0; i < 5; i++) {
                context.log().info("line " + i);
            }
        })));

        TestResult result = runner(3).run(plan("chatty"), unusedNetwork(), TestRunListener.NONE,
                new RunCancellation()).results().get(0);

        assertEquals(List.of("line 0", "line 1", "line 2", "2 further log entries were dropped (the limit is 3)"),
                result.logs().stream().map(LogEntry::message).toList());
    }

    @Test
    void listenerHearsEveryStepInOrderAndCannotBreakTheRun() throws InterruptedException {
        source.install(extension("plugin.tests", testCase("one", context -> context.log().info("hello")),
                testCase("two", context -> { })));
        List<String> events = new CopyOnWriteArrayList<>();
        TestRunListener listener = new TestRunListener() {
            @Override public void runStarted(TestPlan plan) { events.add("run " + plan.tests().size()); }

            @Override
            public void testStarted(TestCaseInfo testCase, int index, int total) {
                events.add("start " + testCase.id() + " " + index + "/" + total);
                throw new IllegalStateException("a broken progress bar");
            }

            @Override public void logged(TestCaseInfo testCase, LogEntry entry) { events.add("log " + entry.message()); }

            @Override
            public void testFinished(TestResult result, int index, int total) {
                events.add("end " + result.testCase().id() + " " + result.status());
            }

            @Override public void runFinished(RunReport report) { events.add("done " + report.successful()); }
        };

        runner(100).run(plan("one", "two"), unusedNetwork(), listener, new RunCancellation());

        assertEquals(List.of("run 2", "start one 0/2", "log hello", "end one PASSED", "start two 1/2",
                "end two PASSED", "done true"), events);
    }

    @Test
    void reRunPlanKeepsOnlyFailedAndErredTestsWithTheirParameters() throws InterruptedException {
        source.install(extension("plugin.tests", testCase("ok", context -> { }),
                testCase("bad", "plugin.tests", () -> (TestCase) context -> context.checks().fail("bad"), COUNT),
                testCase("skipped", context -> context.checks().skip("n/a"))));
        TestPlan plan = TestPlan.of(TARGET, List.of(PlannedTest.of("ok"), new PlannedTest("bad", Map.of("count", "2")),
                PlannedTest.of("skipped"))).withTimeout(Duration.ofSeconds(9));

        RunReport report = run(plan);
        TestPlan rerun = plan.retainProblems(report);

        assertFalse(report.successful());
        assertEquals(1, report.count(TestStatus.FAILED));
        assertEquals(List.of(new PlannedTest("bad", Map.of("count", "2"))), rerun.tests());
        assertEquals(Optional.of(Duration.ofSeconds(9)), rerun.timeoutOverride());
        assertTrue(run(rerun).results().stream().allMatch(result -> result.testCase().id().equals("bad")));
    }
}
