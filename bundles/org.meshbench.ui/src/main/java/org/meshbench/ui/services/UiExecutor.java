package org.meshbench.ui.services;

import java.util.concurrent.Executor;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

/**
 * Runs tasks on the UI thread of a view, handed over with {@code Display.asyncExec}, and drops them once the view's
 * control is disposed, so that a late model event cannot touch a closed view. Thread-safe.
 */
public final class UiExecutor implements Executor, RefreshThrottle.Scheduler {

    private final Control owner;

    /** @param owner the view's top control */
    public UiExecutor(Control owner) {
        this.owner = owner;
    }

    @Override
    public void execute(Runnable task) {
        schedule(task, 0);
    }

    /** Waits on the UI thread with {@code timerExec}, so that no thread sleeps meanwhile. */
    @Override
    public void schedule(Runnable task, long delayMillis) {
        Runnable unlessDisposed = () -> {
            if (!owner.isDisposed()) {
                task.run();
            }
        };
        try {
            owner.getDisplay().asyncExec(delayMillis == 0 ? unlessDisposed
                    : () -> owner.getDisplay().timerExec((int) delayMillis, unlessDisposed));
        } catch (SWTException e) {
            // the control or the display is disposed: nobody is left to show the change
        }
    }
}
