package org.meshbench.testcases.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.testcases.internal.registry.FakeSource.extension;
import static org.meshbench.testcases.internal.registry.FakeSource.testCase;
import static org.meshbench.testcases.internal.registry.FakeSource.unusedNetwork;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.internal.registry.DefaultTestCaseRegistry;
import org.meshbench.testcases.internal.registry.FakeSource;

/** A test that throws, hangs or ignores interruption must not take the run down. */
@Timeout(30)
class RunnerIsolationTest {

    private static final TestTarget TARGET = TestTarget.network(0x1AB2C3);
    private static final TestCase PASSES = context -> context.log().info("fine");

    private final FakeSource source = new FakeSource();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseAbandonedThreads() {
        release.countDown();
    }

    private RunReport run(TestPlan plan, RunCancellation cancellation) throws InterruptedException {
        DefaultTestCaseRegistry registry = new DefaultTestCaseRegistry(source);
        TestRunner runner = new TestRunner(registry, new RunnerOptions(Duration.ofMillis(200), 100));
        return runner.run(plan, unusedNetwork(), TestRunListener.NONE, cancellation);
    }

    private static TestPlan plan(String... ids) {
        return TestPlan.of(TARGET, List.of(ids).stream().map(PlannedTest::of).toList());
    }

    @Test
    void throwingTestsAreErrorsAndTheRunGoesOn() throws InterruptedException {
        source.install(extension("plugin.tests",
                testCase("npe", context -> { throw new NullPointerException("no sink"); }),
                testCase("overflow", context -> { throw new StackOverflowError(); }),
                testCase("after", PASSES)));

        List<TestResult> results = run(plan("npe", "overflow", "after"), new RunCancellation()).results();

        assertEquals(TestStatus.ERROR, results.get(0).status());
        assertEquals("unexpected java.lang.NullPointerException: no sink", results.get(0).message());
        assertTrue(results.get(0).detail().contains("at org.meshbench.testcases.run.RunnerIsolationTest"),
                results.get(0).detail());
        assertEquals(TestStatus.ERROR, results.get(1).status());
        assertEquals(TestStatus.PASSED, results.get(2).status());
    }

    @Test
    void hangingTestTimesOutAndItsListenersAreClosed() throws InterruptedException {
        AtomicBoolean closed = new AtomicBoolean();
        source.install(extension("plugin.tests", testCase("hangs", "plugin.tests", Duration.ofMillis(300), () ->
                (TestCase) context -> {
                    context.closeWhenDone(() -> closed.set(true));
                    Thread.sleep(Duration.ofMinutes(1));
                }), testCase("after", PASSES)));

        long start = System.nanoTime();
        List<TestResult> results = run(plan("hangs", "after"), new RunCancellation()).results();

        assertEquals(TestStatus.ERROR, results.get(0).status());
        assertEquals("timed out after 300ms", results.get(0).message());
        assertTrue(results.get(0).detail().contains("Thread.sleep"), results.get(0).detail());
        assertTrue(closed.get(), "a listener registered by the test must be closed when it times out");
        assertEquals(TestStatus.PASSED, results.get(1).status());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void testIgnoringInterruptionIsAbandonedAfterTheGracePeriod() throws InterruptedException {
        source.install(extension("plugin.tests", testCase("stubborn", "plugin.tests", Duration.ofMillis(200), () ->
                (TestCase) context -> awaitIgnoringInterrupts(release)), testCase("after", PASSES)));

        List<TestResult> results = run(plan("stubborn", "after"), new RunCancellation()).results();

        assertEquals(TestStatus.ERROR, results.get(0).status());
        assertTrue(results.get(0).message().contains("ignored the interruption and was abandoned"),
                results.get(0).message());
        assertEquals(TestStatus.PASSED, results.get(1).status());
    }

    @Test
    void overriddenTimeoutReplacesTheDeclaredOne() throws InterruptedException {
        source.install(extension("plugin.tests", testCase("sleeps", "plugin.tests", Duration.ofMinutes(5),
                () -> (TestCase) context -> context.sleep(Duration.ofMinutes(1)))));

        TestResult result = run(plan("sleeps").withTimeout(Duration.ofMillis(250)), new RunCancellation())
                .results().get(0);

        assertEquals("timed out after 250ms", result.message());
    }

    @Test
    void cancellingSkipsTheRunningTestAndTheRest() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        source.install(extension("plugin.tests", testCase("long", context -> {
            started.countDown();
            context.sleep(Duration.ofMinutes(1));
        }), testCase("next", PASSES)));
        RunCancellation cancellation = new RunCancellation();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                started.await();
                cancellation.cancel();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        RunReport report = run(plan("long", "next"), cancellation);

        assertTrue(report.cancelled());
        assertEquals(TestStatus.SKIPPED, report.results().get(0).status());
        assertEquals("cancelled while running", report.results().get(0).message());
        assertEquals(TestStatus.SKIPPED, report.results().get(1).status());
        assertTrue(report.successful(), "a cancelled run has no failures");
        assertTrue(report.duration().toSeconds() < 10);
    }

    @Test
    void failingClassCreationIsAnErrorNamingThePlugin() throws InterruptedException {
        source.install(extension("plugin.broken", testCase("broken", "plugin.broken",
                () -> { throw new NoClassDefFoundError("com/example/Gone"); })));

        TestResult result = run(plan("broken"), new RunCancellation()).results().get(0);

        assertEquals(TestStatus.ERROR, result.status());
        assertTrue(result.message().startsWith("cannot create the class of test case broken from plug-in plugin.broken"),
                result.message());
    }

    /** Like a test stuck in a library call that swallows interrupts. */
    private static void awaitIgnoringInterrupts(CountDownLatch release) {
        while (true) {
            try {
                release.await();
                return;
            } catch (InterruptedException ignored) {
                // deliberately ignored: this test case models one that does not stop when asked
            }
        }
    }
}
