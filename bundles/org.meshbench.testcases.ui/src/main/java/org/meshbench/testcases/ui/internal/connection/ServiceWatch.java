package org.meshbench.testcases.ui.internal.connection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Follows the OSGi services of one type and tells when they come, go or change; the highest-ranked
 * one is current. The services are recorded before the callback runs, so a callback that reads
 * {@link #current()} sees the change. Thread-safe; the callback runs on the thread that changed the
 * service and must return quickly.
 *
 * @param <T> the service type
 */
public final class ServiceWatch<T> implements AutoCloseable {

    private final BundleContext context;
    private final Runnable changed;
    private final Map<ServiceReference<T>, T> services = new HashMap<>(); // guarded by itself
    private final ServiceTracker<T, T> tracker;

    /**
     * @param context the bundle context to get services with
     * @param type the service type
     * @param changed told of every change
     */
    public ServiceWatch(BundleContext context, Class<T> type, Runnable changed) {
        this.context = context;
        this.changed = changed;
        this.tracker = new ServiceTracker<>(context, type, new Customizer());
    }

    /**
     * Starts following; services already registered are reported at once.
     *
     * @return this watch
     */
    public ServiceWatch<T> open() {
        tracker.open();
        return this;
    }

    /** @return the highest-ranked service, if any */
    public Optional<T> current() {
        synchronized (services) {
            return services.entrySet().stream().max(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
        }
    }

    /** Stops following and releases the services. */
    @Override
    public void close() {
        tracker.close();
    }

    private final class Customizer implements ServiceTrackerCustomizer<T, T> {

        @Override
        public T addingService(ServiceReference<T> reference) {
            T service = context.getService(reference);
            if (service != null) {
                synchronized (services) {
                    services.put(reference, service);
                }
                changed.run();
            }
            return service;
        }

        @Override
        public void modifiedService(ServiceReference<T> reference, T service) {
            changed.run(); // the ranking may have changed; current() compares afresh
        }

        @Override
        public void removedService(ServiceReference<T> reference, T service) {
            synchronized (services) {
                services.remove(reference);
            }
            context.ungetService(reference);
            changed.run();
        }
    }
}
