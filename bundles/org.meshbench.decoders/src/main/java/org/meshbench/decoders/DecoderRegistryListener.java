package org.meshbench.decoders;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives {@link DecoderEvent}s, e.g. to tell the user that a decoder was disabled. Called on
 * the thread that caused the event (a decoding or plug-in thread), never on the UI thread:
 * hand the event over and return quickly. Exceptions thrown here are logged and ignored.
 *
 * @since 0.1
 */
@ConsumerType
@FunctionalInterface
public interface DecoderRegistryListener {

    /** @param event what happened */
    void registryChanged(DecoderEvent event);
}
