package org.meshbench.cli.internal;

import java.time.Duration;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Looks up OSGi services for headless commands, waiting a bounded time for them to be registered. */
final class FrameworkServices {

    private FrameworkServices() {
    }

    /**
     * @param <T> the service type
     * @param type the service interface
     * @param wait how long to wait for it
     * @return the service
     * @throws ServicesUnavailableException if it is not registered in time, or there is no framework
     */
    static <T> T await(Class<T> type, Duration wait) throws ServicesUnavailableException {
        Bundle bundle = FrameworkUtil.getBundle(FrameworkServices.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new ServicesUnavailableException("not running inside the Meshbench product, so there is no "
                    + type.getSimpleName() + " service");
        }
        // Left open: closing it would release the service, and Declarative Services would deactivate a
        // delayed component while the command still uses it. The command ends with the process.
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(wait.toMillis());
            if (service == null) {
                throw new ServicesUnavailableException("no " + type.getName() + " service appeared within "
                        + wait.toSeconds() + " s; is its bundle installed and started?");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServicesUnavailableException("interrupted while waiting for the " + type.getSimpleName()
                    + " service");
        }
    }
}
