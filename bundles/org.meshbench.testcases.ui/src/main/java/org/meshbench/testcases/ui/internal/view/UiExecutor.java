package org.meshbench.testcases.ui.internal.view;

import java.util.concurrent.Executor;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

/**
 * Runs tasks later on the UI thread, and drops them once the view's controls are gone, so that a
 * late network event cannot touch a closed view.
 */
final class UiExecutor implements Executor {

    private final Control owner;

    /** @param owner the view's top control */
    UiExecutor(Control owner) {
        this.owner = owner;
    }

    @Override
    public void execute(Runnable task) {
        try {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    task.run();
                }
            });
        } catch (SWTException e) {
            // the control or the display is disposed: nobody is left to show the change
        }
    }
}
