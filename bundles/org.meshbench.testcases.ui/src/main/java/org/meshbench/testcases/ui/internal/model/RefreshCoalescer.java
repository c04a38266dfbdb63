package org.meshbench.testcases.ui.internal.model;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of change notifications from any thread into one refresh: a refresh is handed to
 * the executor (the UI thread) only if none is waiting there already. A change that arrives while
 * a refresh runs schedules another, so the last change is never missed. Thread-safe.
 */
public final class RefreshCoalescer {

    private final Executor executor;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * @param executor runs the refresh, for example on the UI thread
     * @param refresh reads the current state and shows it
     */
    public RefreshCoalescer(Executor executor, Runnable refresh) {
        this.executor = executor;
        this.refresh = refresh;
    }

    /** Asks for a refresh; returns at once. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            executor.execute(() -> {
                pending.set(false);
                refresh.run();
            });
        }
    }
}
