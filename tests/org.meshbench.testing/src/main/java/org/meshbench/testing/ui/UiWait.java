package org.meshbench.testing.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.swt.widgets.Display;

/** Waits on the UI thread for what the UI shows, running its events meanwhile; every wait has a limit. */
public final class UiWait {

    private static final int WAKE_UP_MILLIS = 50;

    private UiWait() {
    }

    /** Runs the pending events, so that the screen shows the latest state. */
    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // each call runs one event; stop when none is left
        }
    }

    /**
     * @param condition what to wait for, checked on the UI thread between events
     * @param limit     the longest wait
     * @param shown     what the UI shows instead, for the failure message
     */
    public static void until(BooleanSupplier condition, Duration limit, Supplier<String> shown) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s; the UI shows: " + shown.get());
            }
            runEventsFor(WAKE_UP_MILLIS);
        }
        processEvents();
    }

    /**
     * Runs events for a while: GTK paints on its own frame clock, so a change may reach the screen only some
     * frames after the events that caused it.
     *
     * @param millis how long
     */
    public static void runEventsFor(long millis) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                // A timer makes sure that sleep() returns even when no other event comes.
                display.timerExec(WAKE_UP_MILLIS, () -> { });
                display.sleep();
            }
        }
    }
}
