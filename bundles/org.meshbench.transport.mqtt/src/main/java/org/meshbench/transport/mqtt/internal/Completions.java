package org.meshbench.transport.mqtt.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Completes futures on a transport thread, so that the caller's dependent stages never run on
 * (and slow down) Paho's callback thread.
 */
final class Completions {

    private Completions() {
    }

    /**
     * @param executor where to complete
     * @param future the future
     * @param failure the failure, or null for success
     */
    static void complete(Executor executor, CompletableFuture<Void> future, Throwable failure) {
        Runnable completion = failure == null ? () -> future.complete(null)
                : () -> future.completeExceptionally(failure);
        try {
            executor.execute(completion);
        } catch (RejectedExecutionException e) {
            completion.run();
        }
    }
}
