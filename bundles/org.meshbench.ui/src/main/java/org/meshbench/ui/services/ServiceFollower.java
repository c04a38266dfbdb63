package org.meshbench.ui.services;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Follows the OSGi services of one type that match a filter and tells when they come, go or
 * change; the highest-ranked one is current. A service is recorded before the callback runs, so a
 * callback that reads {@link #current()} sees the change. Thread-safe; the callback runs on the
 * thread that changed the service and must return quickly.
 *
 * @param <T> the service type
 */
public final class ServiceFollower<T> implements AutoCloseable {

    private final BundleContext context;
    private final Runnable changed;
    // guarded by itself; not sorted, since a service's ranking may change while it is registered
    private final Map<ServiceReference<T>, T> services = new HashMap<>();
    private final ServiceTracker<T, T> tracker;

    /**
     * @param context the bundle context to get services with
     * @param type the service type
     * @param changed told of every change
     */
    public ServiceFollower(BundleContext context, Class<T> type, Runnable changed) {
        this(context, type, "", changed);
    }

    /**
     * @param context the bundle context to get services with
     * @param type the service type
     * @param properties an LDAP filter the service properties must match, e.g. {@code (a=b)}, or empty
     * @param changed told of every change
     */
    public ServiceFollower(BundleContext context, Class<T> type, String properties, Runnable changed) {
        this.context = context;
        this.changed = changed;
        try {
            this.tracker = new ServiceTracker<>(context,
                    context.createFilter("(&(objectClass=" + type.getName() + ")" + properties + ")"),
                    new Customizer());
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("bad service filter " + properties, e);
        }
    }

    /** Starts following; services already registered are reported at once. */
    public void open() {
        tracker.open();
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
