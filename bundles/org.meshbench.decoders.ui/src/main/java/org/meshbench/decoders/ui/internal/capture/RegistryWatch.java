package org.meshbench.decoders.ui.internal.capture;

import java.util.Optional;
import java.util.function.Consumer;
import org.meshbench.decoders.DecoderEvent;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.DecoderRegistryListener;
import org.meshbench.ui.services.ServiceFollower;
import org.osgi.framework.BundleContext;

/**
 * Follows the {@link DecoderRegistry} service and tells when packets may decode differently: the
 * registry came or went, decoders came, went, were enabled or disabled. A single decoder fault
 * does not count; the row it happened on shows it. Thread-safe.
 */
public final class RegistryWatch implements AutoCloseable {

    private final ServiceFollower<DecoderRegistry> registries;
    private final Consumer<DecoderRegistry> appeared;
    private final Runnable changed;
    private final DecoderRegistryListener listener;
    private DecoderRegistry listened; // guarded by this

    /**
     * @param context the view bundle's context
     * @param appeared given each registry that becomes current, before {@code changed} is told
     * @param changed told of each change, on a registry or plug-in thread; must return quickly
     */
    public RegistryWatch(BundleContext context, Consumer<DecoderRegistry> appeared, Runnable changed) {
        this.appeared = appeared;
        this.changed = changed;
        this.listener = event -> {
            if (!(event instanceof DecoderEvent.DecoderFaulted)) {
                changed.run();
            }
        };
        this.registries = new ServiceFollower<>(context, DecoderRegistry.class, this::follow);
    }

    /** Starts following; a registry already there is reported at once. */
    public void open() {
        registries.open();
    }

    /** @return the current registry, if any */
    public Optional<DecoderRegistry> registry() {
        return registries.current();
    }

    @Override
    public void close() {
        registries.close();
        synchronized (this) {
            stopListening();
        }
    }

    private void follow() {
        DecoderRegistry newlyCurrent = null;
        synchronized (this) {
            DecoderRegistry current = registries.current().orElse(null);
            if (current != listened) {
                stopListening();
                listened = current;
                if (current != null) {
                    current.addListener(listener);
                    newlyCurrent = current;
                }
            }
        }
        if (newlyCurrent != null) {
            appeared.accept(newlyCurrent);
        }
        changed.run();
    }

    private void stopListening() {
        if (listened != null) {
            listened.removeListener(listener);
            listened = null;
        }
    }
}
