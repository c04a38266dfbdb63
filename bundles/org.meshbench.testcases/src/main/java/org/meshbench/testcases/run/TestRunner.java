package org.meshbench.testcases.run;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.ParameterException;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.TestParameters;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.internal.run.IsolatedTest;
import org.meshbench.testcases.internal.run.PacketDecoding;

/**
 * Runs a {@link TestPlan}: its tests one after another, each on a thread of its own with its
 * timeout, so that a test that throws or hangs ends as an error and the run goes on. Cancelling
 * skips the running test and the rest. Thread-safe; runs are independent of each other.
 *
 * @since 0.1
 */
public final class TestRunner {

    private static final System.Logger LOGGER = System.getLogger(TestRunner.class.getName());

    private final TestCaseRegistry registry;
    private final IsolatedTest isolation;
    private final Clock clock;

    /** @param registry where test cases come from */
    public TestRunner(TestCaseRegistry registry) {
        this(registry, RunnerOptions.defaults());
    }

    /**
     * @param registry where test cases come from
     * @param options how misbehaving tests are treated
     */
    public TestRunner(TestCaseRegistry registry, RunnerOptions options) {
        this(registry, options, PacketDecoding.NONE);
    }

    /**
     * @param registry where test cases come from
     * @param options how misbehaving tests are treated
     * @param decoders what {@link org.meshbench.testcases.TestContext#decode} decodes packets with
     */
    public TestRunner(TestCaseRegistry registry, RunnerOptions options, DecoderRegistry decoders) {
        this(registry, options, PacketDecoding.with(decoders));
    }

    private TestRunner(TestCaseRegistry registry, RunnerOptions options, PacketDecoding decoding) {
        this.registry = registry;
        this.clock = Clock.systemUTC();
        this.isolation = new IsolatedTest(options, clock, decoding);
    }

    /**
     * Checks a plan before connecting to anything: every test case must be installed and its
     * parameters valid.
     *
     * @param plan the plan
     * @return one message per problem; empty if the plan can run
     */
    public List<String> check(TestPlan plan) {
        List<String> problems = new ArrayList<>();
        for (PlannedTest test : plan.tests()) {
            Optional<TestCaseInfo> info = registry.testCase(test.testCaseId());
            if (info.isEmpty()) {
                problems.add("no test case " + test.testCaseId() + " is installed");
                continue;
            }
            try {
                TestParameters.resolve(test.testCaseId(), info.get().parameters(), test.parameters());
            } catch (ParameterException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Runs the plan on the calling thread, which it blocks until the run ends.
     *
     * @param plan what to run
     * @param network a connected client, shared by the tests and not closed here
     * @param listener told of the progress
     * @param cancellation cancels the run from another thread
     * @return the results, one per planned test
     * @throws InterruptedException if the calling thread was interrupted; the running test is stopped
     */
    public RunReport run(TestPlan plan, NetworkClient network, TestRunListener listener,
            RunCancellation cancellation) throws InterruptedException {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(cancellation, "cancellation");
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        SafeListener progress = new SafeListener(listener, LOGGER);
        progress.runStarted(plan);
        List<TestResult> results = new ArrayList<>();
        int total = plan.tests().size();
        for (int index = 0; index < total; index++) {
            PlannedTest test = plan.tests().get(index);
            Optional<TestCaseInfo> installed = registry.testCase(test.testCaseId());
            TestCaseInfo info = installed.orElseGet(() -> Placeholder.of(test));
            progress.testStarted(info, index, total);
            TestResult result = cancellation.isCancelled()
                    ? Placeholder.result(info, test, TestStatus.SKIPPED, "the run was cancelled before this test", clock)
                    : runOne(plan, test, installed, network, progress, cancellation);
            results.add(result);
            progress.testFinished(result, index, total);
        }
        RunReport report = new RunReport(plan.target(), started, Duration.ofNanos(System.nanoTime() - startNanos),
                results, cancellation.isCancelled());
        progress.runFinished(report);
        return report;
    }

    private TestResult runOne(TestPlan plan, PlannedTest test, Optional<TestCaseInfo> installed,
            NetworkClient network, SafeListener progress, RunCancellation cancellation) throws InterruptedException {
        if (installed.isEmpty()) {
            return Placeholder.result(Placeholder.of(test), test, TestStatus.ERROR, "no test case " + test.testCaseId()
                    + " is installed", clock);
        }
        TestCaseInfo info = installed.get();
        TestParameters parameters;
        try {
            parameters = TestParameters.resolve(info.id(), info.parameters(), test.parameters());
        } catch (ParameterException e) {
            return Placeholder.result(info, test, TestStatus.ERROR, e.getMessage(), clock);
        }
        Duration timeout = plan.timeoutOverride().orElse(info.timeout());
        LOGGER.log(Level.DEBUG, () -> "running " + info.id() + " with a timeout of " + timeout);
        return isolation.run(info, () -> registry.create(info.id()), parameters, network, plan.target(), timeout,
                cancellation.signal(), entry -> progress.logged(info, entry));
    }
}
