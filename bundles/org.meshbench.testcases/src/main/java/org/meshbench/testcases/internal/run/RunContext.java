package org.meshbench.testcases.internal.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.testcases.LogLevel;
import org.meshbench.testcases.TestCancelledException;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.TestParameters;
import org.meshbench.testcases.TestTarget;

/**
 * The context of one test run. The deadline is kept on the monotonic clock, so that a wall-clock
 * change cannot stretch or cut a timeout. Thread-safe.
 */
public final class RunContext implements TestContext {

    private final NetworkClient network;
    private final TestTarget target;
    private final TestParameters parameters;
    private final Clock clock;
    private final LogBuffer log;
    private final MetricSheet metrics = new MetricSheet();
    private final CheckRecorder checks;
    private final PacketDecoding decoding;
    private final long deadlineNanos;
    private final Instant deadline;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private volatile String stopReason;

    RunContext(NetworkClient network, TestTarget target, TestParameters parameters, Clock clock, LogBuffer log,
            Duration timeout, PacketDecoding decoding) {
        this.network = network;
        this.decoding = decoding;
        this.target = target;
        this.parameters = parameters;
        this.clock = clock;
        this.log = log;
        this.checks = new CheckRecorder(log);
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
        this.deadline = clock.instant().plus(timeout);
    }

    @Override public NetworkClient network() { return network; }

    @Override public TestTarget target() { return target; }

    @Override public Optional<DecodeOutcome> decode(ReceivedPacket packet) { return decoding.decode(packet); }

    @Override public TestParameters parameters() { return parameters; }

    @Override public LogBuffer log() { return log; }

    @Override public MetricSheet metrics() { return metrics; }

    @Override public CheckRecorder checks() { return checks; }

    @Override public Clock clock() { return clock; }

    @Override public Instant deadline() { return deadline; }

    @Override
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    @Override
    public boolean isCancelled() {
        return stopReason != null || remaining().isZero();
    }

    @Override
    public void checkCancelled() {
        String reason = stopReason;
        if (reason != null || remaining().isZero()) {
            throw new TestCancelledException(reason != null ? reason : "the test reached its deadline");
        }
    }

    /** A sleep cut short by the deadline ends the test, so that it never goes on as if it had slept. */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        checkCancelled();
        Duration left = remaining();
        Thread.sleep(shorterOf(duration, left));
        if (duration.compareTo(left) >= 0) {
            checkCancelled();
        }
    }

    /** A wait cut short by the deadline ends the test rather than look like a network timeout. */
    @Override
    public <T> T await(CompletableFuture<T> future, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        try {
            return future.get(shorterOf(timeout, remaining()).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            checkCancelled();
            throw e;
        }
    }

    @Override
    public <T extends AutoCloseable> T closeWhenDone(T resource) {
        synchronized (resources) {
            resources.add(resource);
        }
        return resource;
    }

    /** @param reason why the runner stops the test; makes {@link #isCancelled()} true */
    void stop(String reason) {
        stopReason = reason;
    }

    /** Closes what the test registered, newest first; a failing close is logged, not thrown. */
    void closeResources() {
        List<AutoCloseable> toClose;
        synchronized (resources) {
            toClose = new ArrayList<>(resources.reversed());
            resources.clear();
        }
        for (AutoCloseable resource : toClose) {
            try {
                resource.close();
            } catch (Exception e) {
                log.add(LogLevel.WARNING, "closing " + resource + " failed: " + e);
            }
        }
    }

    private static Duration shorterOf(Duration first, Duration second) {
        return first.compareTo(second) <= 0 ? first : second;
    }
}
