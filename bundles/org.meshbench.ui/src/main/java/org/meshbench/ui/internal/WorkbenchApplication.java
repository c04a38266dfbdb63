package org.meshbench.ui.internal;

import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.ui.internal.demo.DemoSession;

/**
 * Starts the Meshbench workbench window; registered as application {@code org.meshbench.ui.workbench}. With the
 * argument {@value DemoSession#ARGUMENT} it first starts the demo network, connects the workbench to it once the
 * window is up, and stops it when the workbench closes.
 */
public final class WorkbenchApplication implements IApplication {

    /** Exit status when the demo network cannot start. */
    private static final Integer DEMO_FAILED = 1;

    @Override
    public Object start(IApplicationContext context) {
        Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Optional<DemoSession> demo = Optional.empty();
        if (arguments instanceof String[] strings && DemoSession.requested(strings)) {
            try {
                demo = Optional.of(DemoSession.start());
            } catch (BrokerStartException | MqttTransportException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                System.err.println("meshbench demo: cannot start the demo network: " + e.getMessage());
                return DEMO_FAILED;
            }
        }
        return runWorkbench(demo);
    }

    private static Object runWorkbench(Optional<DemoSession> demo) {
        Display display = PlatformUI.createDisplay();
        try {
            Consumer<IWorkbench> afterStartup = demo.isPresent() ? demo.get()::show : workbench -> { };
            int code = PlatformUI.createAndRunWorkbench(display, new MeshbenchWorkbenchAdvisor(afterStartup));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            demo.ifPresent(DemoSession::close);
            display.dispose();
        }
    }

    @Override
    public void stop() {
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
