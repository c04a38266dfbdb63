package org.meshbench.network.internal.dispatch;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The threads, clock and reporting shared by one client's parts.
 *
 * @param clock the time source
 * @param workers runs listeners and completes futures
 * @param scheduler runs timeouts and maintenance; its tasks must be short
 * @param counters the client's counters
 * @param problems where problems go
 */
public record ClientRuntime(Clock clock, Executor workers, ScheduledExecutorService scheduler, Counters counters,
        ProblemReporter problems) {

    /**
     * Runs a completion on the worker pool, so that dependent stages never run on an MQTT or
     * timer thread; runs it here once the pool is shut down, so that no future is left open.
     *
     * @param completion the completion
     */
    public void complete(Runnable completion) {
        try {
            workers.execute(completion);
        } catch (RejectedExecutionException shutDown) {
            completion.run();
        }
    }
}
