package org.meshbench.provisioning.ui.internal.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** Keeps the whitelist file the user chose last in the workspace preferences, for the next start. Thread-safe. */
public final class WhitelistFileMemory {

    private static final String KEY = "whitelistFile";

    private final Preferences preferences;

    /** @param preferences where the file is kept, e.g. the bundle's instance-scope node */
    public WhitelistFileMemory(Preferences preferences) {
        this.preferences = preferences;
    }

    /** @return the file chosen last, if any; a value edited into nonsense by hand counts as none */
    public Optional<Path> file() {
        String value = preferences.get(KEY, "");
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * @param file the file the user chose
     * @throws BackingStoreException if the preferences cannot be saved; the choice holds until the workbench closes
     */
    public void remember(Path file) throws BackingStoreException {
        preferences.put(KEY, file.toAbsolutePath().toString());
        preferences.flush();
    }
}
