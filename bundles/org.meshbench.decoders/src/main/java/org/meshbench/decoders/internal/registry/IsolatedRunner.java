package org.meshbench.decoders.internal.registry;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.concurrent.DaemonThreadFactory;

/**
 * Runs third-party code on a worker thread with a time budget, so that a decoder stuck in a loop
 * costs the caller one budget and not the stream. Thread-safe.
 *
 * <p>A stuck task keeps its worker (Java cannot stop it), so the pool grows on demand instead of
 * queueing behind it; the registry disables a decoder after a few timeouts, which bounds how many
 * workers can be lost.
 */
final class IsolatedRunner implements AutoCloseable {

    private final ExecutorService workers;
    private final long budgetNanos;

    IsolatedRunner(Duration budget) {
        budgetNanos = budget.toNanos();
        workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DaemonThreadFactory("meshbench-decoder"));
    }

    /**
     * @param task the third-party call
     * @param <T> its result type
     * @return its result
     * @throws ExecutionException wrapping whatever the task threw
     * @throws TimeoutException if it did not finish within the budget (it is then interrupted)
     * @throws InterruptedException if the calling thread was interrupted while waiting
     */
    <T> T call(Callable<T> task) throws ExecutionException, TimeoutException, InterruptedException {
        Future<T> future = workers.submit(task);
        try {
            return future.get(budgetNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
