package org.meshbench.ui.internal;

import java.util.function.Consumer;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Meshbench workbench window; registered as application {@code org.meshbench.ui.workbench}. The demo
 * (bundle {@code org.meshbench.demo}) is an application of its own that runs the same workbench through
 * {@link #runWorkbench}.
 */
public final class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        return runWorkbench(workbench -> { });
    }

    /**
     * Runs the workbench until its window closes.
     *
     * @param afterStartup runs on the UI thread once the first window is open
     * @return the application's exit status: restart or OK
     */
    public static Object runWorkbench(Consumer<IWorkbench> afterStartup) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new MeshbenchWorkbenchAdvisor(afterStartup));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** Closes the workbench; {@link #stop()} of an application that runs it works the same. */
    @Override
    public void stop() {
        closeWorkbench();
    }

    /** Closes the running workbench, if any, on its UI thread. */
    public static void closeWorkbench() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
