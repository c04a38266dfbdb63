package org.meshbench.ui.internal.connection;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The Connect dialog's last settings, in this workspace's preferences of the UI bundle. */
public final class ConnectionPreferences {

    private static final String NODE = "org.meshbench.ui";

    private ConnectionPreferences() {
    }

    /** @return the saved settings, or the defaults */
    public static ConnectionSettings load() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        return ConnectionSettings.load(key -> node.get(key, null));
    }

    /**
     * @param settings the settings to keep
     * @throws BackingStoreException if they cannot be written
     */
    public static void save(ConnectionSettings settings) throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        settings.store(node::put);
        node.flush();
    }
}
