package org.meshbench.ui.internal.network;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/** Runs the throttled refresh on the UI thread: handed over with asyncExec, then delayed there with timerExec. */
final class DisplayScheduler implements RefreshThrottle.Scheduler {

    private final Display display;

    DisplayScheduler(Display display) {
        this.display = display;
    }

    @Override
    public void schedule(Runnable task, long delayMillis) {
        try {
            display.asyncExec(() -> display.timerExec((int) delayMillis, task));
        } catch (SWTException e) {
            // The display was disposed while the workbench shut down: nothing is left to refresh.
        }
    }
}
