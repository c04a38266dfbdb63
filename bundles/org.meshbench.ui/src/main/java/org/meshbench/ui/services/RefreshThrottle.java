package org.meshbench.ui.services;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.eclipse.swt.widgets.Control;

/**
 * Folds bursts of model events into at most one refresh per interval, so that a busy network cannot flood the UI
 * thread: at most one refresh is ever waiting, and events that arrive while it waits are shown by it. The first
 * event after a quiet interval is shown at once; without events nothing runs. Thread-safe.
 *
 * @since 0.1
 */
public final class RefreshThrottle {

    /** Runs a task after a delay, for the view on the UI thread. */
    @FunctionalInterface
    public interface Scheduler {

        /**
         * @param task        what to run
         * @param delayMillis how long to wait first, 0 or more
         */
        void schedule(Runnable task, long delayMillis);
    }

    private final LongSupplier clockMillis;
    private final long intervalMillis;
    private final Scheduler scheduler;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastRefresh;

    /**
     * @param clockMillis    a monotonic clock in milliseconds
     * @param intervalMillis the shortest time between two refreshes
     * @param scheduler      runs the refresh later
     * @param refresh        reads the model and shows it
     */
    public RefreshThrottle(LongSupplier clockMillis, long intervalMillis, Scheduler scheduler, Runnable refresh) {
        this.clockMillis = clockMillis;
        this.intervalMillis = intervalMillis;
        this.scheduler = scheduler;
        this.refresh = refresh;
        this.lastRefresh = clockMillis.getAsLong() - intervalMillis;
    }

    /**
     * A throttle without an interval: it folds only the events that arrive while a refresh waits in the executor.
     *
     * @param executor runs the refresh, e.g. a {@link UiExecutor}
     * @param refresh  reads the model and shows it
     */
    public RefreshThrottle(Executor executor, Runnable refresh) {
        this(() -> 0, 0, (task, delayMillis) -> executor.execute(task), refresh);
    }

    /**
     * A throttle whose refreshes run on a view's UI thread until the view is closed.
     *
     * @param owner          the view's top control
     * @param intervalMillis the shortest time between two refreshes
     * @param refresh        reads the model and shows it, on the UI thread
     * @return the throttle
     */
    public static RefreshThrottle onUiThread(Control owner, long intervalMillis, Runnable refresh) {
        return new RefreshThrottle(() -> System.nanoTime() / 1_000_000, intervalMillis, new UiExecutor(owner),
                refresh);
    }

    /** Asks for a refresh; returns at once. May be called from any thread, as often as events arrive. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            long wait = Math.max(0, lastRefresh + intervalMillis - clockMillis.getAsLong());
            scheduler.schedule(this::run, wait);
        }
    }

    private void run() {
        // Cleared before reading the model: an event that arrives during the refresh schedules the next one.
        pending.set(false);
        lastRefresh = clockMillis.getAsLong();
        refresh.run();
    }
}
