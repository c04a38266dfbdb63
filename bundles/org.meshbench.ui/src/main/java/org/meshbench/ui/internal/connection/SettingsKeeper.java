package org.meshbench.ui.internal.connection;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

/** Keeps what the user typed for the next time: settings in the preferences, the password in secure storage. */
final class SettingsKeeper {

    private SettingsKeeper() {
    }

    /**
     * Saving is a convenience: when it fails, the connection is still made, and the reason is returned.
     *
     * @param settings the settings to keep
     * @param password the password, saved if the settings ask for it and there is a user name, else forgotten
     * @return why something could not be saved, if it could not
     */
    static Optional<String> keep(ConnectionSettings settings, char[] password) {
        try {
            ConnectionPreferences.save(settings);
        } catch (BackingStoreException e) {
            return Optional.of("settings not saved: " + e.getMessage());
        }
        try {
            SavedPasswords passwords = SavedPasswords.platform();
            if (settings.savePassword() && !settings.username().isEmpty() && password.length > 0) {
                passwords.save(settings.brokerUrl(), settings.username(), password);
            } else {
                passwords.forget(settings.brokerUrl(), settings.username());
            }
            return Optional.empty();
        } catch (StorageException | IOException e) {
            return Optional.of("password not saved: " + e.getMessage());
        }
    }
}
