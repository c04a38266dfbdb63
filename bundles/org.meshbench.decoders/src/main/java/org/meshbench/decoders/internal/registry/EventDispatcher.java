package org.meshbench.decoders.internal.registry;

import java.lang.System.Logger.Level;
import java.util.concurrent.CopyOnWriteArrayList;
import org.meshbench.decoders.DecoderEvent;
import org.meshbench.decoders.DecoderRegistryListener;

/** Delivers registry events to listeners; a failing listener does not stop the others. */
final class EventDispatcher {

    private final CopyOnWriteArrayList<DecoderRegistryListener> listeners = new CopyOnWriteArrayList<>();
    private final System.Logger logger;

    EventDispatcher(System.Logger logger) {
        this.logger = logger;
    }

    void add(DecoderRegistryListener listener) {
        listeners.addIfAbsent(listener);
    }

    void remove(DecoderRegistryListener listener) {
        listeners.remove(listener);
    }

    void fire(DecoderEvent event) {
        for (DecoderRegistryListener listener : listeners) {
            try {
                listener.registryChanged(event);
            } catch (RuntimeException e) {
                logger.log(Level.WARNING, "decoder registry listener " + listener + " failed", e);
            }
        }
    }
}
