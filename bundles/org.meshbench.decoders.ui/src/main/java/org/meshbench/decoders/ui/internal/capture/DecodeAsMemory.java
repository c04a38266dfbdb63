package org.meshbench.decoders.ui.internal.capture;

import java.util.Optional;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.mesh.EndpointPair;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Keeps the user's "Decode As" choices in the workspace preferences, so that they survive a restart as in
 * Wireshark, and hands them to a registry that appears: the registry keeps overrides in memory only. One key per
 * endpoint pair, {@code decodeAs.<source>.<destination>}, whose value is the decoder id; a decoder that is not
 * installed (any more) is kept too, since the registry ignores it until it comes back. Thread-safe.
 */
public final class DecodeAsMemory {

    private static final System.Logger LOG = System.getLogger(DecodeAsMemory.class.getName());
    private static final String PREFIX = "decodeAs.";

    private final IEclipsePreferences preferences;

    /** @param preferences where the choices are kept, e.g. the bundle's instance-scope node */
    public DecodeAsMemory(IEclipsePreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * @param pair      an endpoint pair
     * @param decoderId the decoder the user chose for it, or empty for the automatic selection
     */
    public void remember(EndpointPair pair, Optional<String> decoderId) {
        String key = PREFIX + pair.source() + "." + pair.destination();
        decoderId.ifPresentOrElse(id -> preferences.put(key, id), () -> preferences.remove(key));
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Decode As for " + pair + " not saved: " + e.getMessage());
        }
    }

    /**
     * Gives the remembered choices to a registry, leaving pairs it already has a choice for alone.
     *
     * @param registry a registry that appeared
     */
    public void applyTo(DecoderRegistry registry) {
        String[] keys;
        try {
            keys = preferences.keys();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Decode As choices not read: " + e.getMessage());
            return;
        }
        for (String key : keys) {
            pair(key).filter(pair -> !registry.overrides().containsKey(pair))
                    .ifPresent(pair -> registry.setOverride(pair, preferences.get(key, "")));
        }
    }

    /** @return the pair a key names; empty for other keys and for ones edited into nonsense by hand */
    private static Optional<EndpointPair> pair(String key) {
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] endpoints = key.substring(PREFIX.length()).split("\\.");
        try {
            return endpoints.length == 2
                    ? Optional.of(EndpointPair.of(Integer.parseInt(endpoints[0]), Integer.parseInt(endpoints[1])))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
