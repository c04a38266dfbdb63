package org.meshbench.testcases.internal.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestParameters;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.RunnerOptions;

/**
 * Runs one test case in isolation and turns whatever happens into a {@link TestResult}: nothing
 * a test does (throwing, hanging, ignoring interruption) escapes to the caller. Thread-safe.
 */
public final class IsolatedTest {

    private final RunnerOptions options;
    private final Clock clock;
    private final PacketDecoding decoding;

    /**
     * @param options grace period and log limit
     * @param clock stamps logs and results
     * @param decoding decodes packets for the tests
     */
    public IsolatedTest(RunnerOptions options, Clock clock, PacketDecoding decoding) {
        this.options = options;
        this.clock = clock;
        this.decoding = decoding;
    }

    /**
     * @param testCase what runs
     * @param factory creates the instance, on the test's thread
     * @param parameters the checked parameters
     * @param network the connected client
     * @param target the network under test
     * @param timeout how long the test may run
     * @param cancelled completes when the run is cancelled
     * @param logged receives every log entry as it is made
     * @return the result
     * @throws InterruptedException if the calling thread was interrupted; the test was stopped
     */
    public TestResult run(TestCaseInfo testCase, Callable<TestCase> factory, TestParameters parameters,
            NetworkClient network, TestTarget target, Duration timeout, CompletableFuture<Void> cancelled,
            Consumer<LogEntry> logged) throws InterruptedException {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        LogBuffer log = new LogBuffer(clock, options.maxLogEntries(), logged);
        RunContext context = new RunContext(network, target, parameters, clock, log, timeout, decoding);
        Outcome outcome;
        try {
            outcome = new TestThread(options.stopGrace()).run(testCase.id(), factory, context, timeout, cancelled);
        } finally {
            context.closeResources();
        }
        Verdict verdict = Verdict.of(outcome, context.checks().softFailures());
        return new TestResult(testCase, verdict.status(), verdict.message(), verdict.detail(),
                parameters.asText(), context.metrics().metrics(), log.entries(), started,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
