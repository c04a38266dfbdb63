package org.meshbench.network.internal.requests;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.Response;

/**
 * A request waiting for its response. Whoever removes it from {@link PendingRequests} completes
 * it, exactly once. Thread-safe.
 */
final class PendingRequest {
    final long id;
    final String gatewayId;
    final Command command;
    final Duration timeout;
    final CompletableFuture<Response> result = new CompletableFuture<>();
    private ScheduledFuture<?> timer;
    private boolean settled;

    PendingRequest(long id, String gatewayId, Command command, Duration timeout) {
        this.id = id;
        this.gatewayId = gatewayId;
        this.command = command;
        this.timeout = timeout;
    }

    /** Keeps the timeout task, or cancels it at once if the request is already settled. */
    synchronized void arm(ScheduledFuture<?> timeoutTask) {
        if (settled) {
            timeoutTask.cancel(false);
        } else {
            timer = timeoutTask;
        }
    }

    /** Marks the request settled and cancels its timeout task, so that none pile up. */
    synchronized void settle() {
        settled = true;
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
