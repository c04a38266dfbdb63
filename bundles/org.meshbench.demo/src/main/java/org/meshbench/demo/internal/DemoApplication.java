package org.meshbench.demo.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.ui.internal.WorkbenchApplication;

/**
 * {@code meshbench demo}, registered as application {@code org.meshbench.demo.workbench}: starts the demo network,
 * runs the workbench connected to it, and stops the network when the workbench closes.
 */
public final class DemoApplication implements IApplication {

    /** Exit status when the demo network cannot start. */
    private static final Integer DEMO_FAILED = 1;

    @Override
    public Object start(IApplicationContext context) {
        DemoSession demo;
        try {
            demo = DemoSession.start();
        } catch (BrokerStartException | MqttTransportException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            System.err.println("meshbench demo: cannot start the demo network: " + e.getMessage());
            return DEMO_FAILED;
        }
        try {
            return WorkbenchApplication.runWorkbench(demo::show);
        } finally {
            demo.close();
        }
    }

    @Override
    public void stop() {
        WorkbenchApplication.closeWorkbench();
    }
}
