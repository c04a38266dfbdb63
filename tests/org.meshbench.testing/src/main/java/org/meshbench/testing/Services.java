package org.meshbench.testing;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** OSGi services as the product gets them: registered by Declarative Services, awaited with a bound. */
public final class Services {

    private Services() {
    }

    /**
     * @param type the service type
     * @return the service, waiting for SCR to register it
     * @throws AssertionError if it does not appear within {@link Waits#WAIT}
     */
    public static <T> T await(Class<T> type) throws InterruptedException, BundleException {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        if (bundle.getBundleContext() == null) {
            bundle.start();
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(Waits.WAIT.toMillis());
        if (service == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service within " + Waits.WAIT);
        }
        return service;
    }
}
