package org.meshbench.testcases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.ReceivedPacket;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a running {@link TestCase} may use. One context per run; it is safe to call from the test's
 * own thread and from the network client's listener threads.
 *
 * @since 0.1
 */
@ProviderType
public interface TestContext {

    /** @return the connected network client, shared with other tests: do not close it */
    NetworkClient network();

    /**
     * Decodes a packet's application payload with the installed decoders, the same selection (bindings, heuristics,
     * the user's "Decode As") as in the workbench and in {@code meshbench decode --apdu}, so that a test can check
     * named fields instead of bytes. A faulty decoder does not throw here: its outcome carries the error.
     *
     * @param packet a packet the test received
     * @return the outcome; empty when no decoder registry is installed, when the gateway sent only the payload's
     *         size, or when an endpoint does not fit in the byte the mesh carries it in
     * @since 0.1
     */
    Optional<DecodeOutcome> decode(ReceivedPacket packet);

    /** @return the network under test */
    TestTarget target();

    /** @return the validated parameter values, defaults applied */
    TestParameters parameters();

    /** @return the test's log, reported with its result */
    TestLog log();

    /** @return where the test records its measurements */
    TestMetrics metrics();

    /** @return hard and soft checks */
    TestChecks checks();

    /** @return the clock the test should read time from */
    Clock clock();

    /** @return when the test will be stopped */
    Instant deadline();

    /** @return the time left before {@link #deadline()}, never negative */
    Duration remaining();

    /** @return whether the run was cancelled or the test timed out */
    boolean isCancelled();

    /**
     * Ends the test at once if it was cancelled or timed out; call it between steps of a long loop.
     *
     * @throws TestCancelledException if it was
     */
    void checkCancelled();

    /**
     * Sleeps, but never past the deadline.
     *
     * @param duration how long to sleep
     * @throws InterruptedException if the test was cancelled or timed out meanwhile
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Waits for a future, but never past the deadline.
     *
     * @param <T> the result type
     * @param future the future
     * @param timeout the longest wait
     * @return its result
     * @throws ExecutionException if it failed
     * @throws TimeoutException if it did not complete in time (it is not cancelled)
     * @throws InterruptedException if the test was cancelled or timed out meanwhile
     */
    <T> T await(CompletableFuture<T> future, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException;

    /**
     * Closes a resource when the test ends, also when it times out or hangs, so that listeners a
     * test registers never outlive it.
     *
     * @param <T> the resource type
     * @param resource for example a {@link org.meshbench.network.ListenerRegistration}
     * @return the resource
     */
    <T extends AutoCloseable> T closeWhenDone(T resource);
}
