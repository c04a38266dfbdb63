package org.meshbench.ui.internal.connection;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Broker passwords in the Equinox secure storage, encrypted, one per broker URL and user name, so that a saved
 * password is never sent to a different broker after the URL was edited. Passwords never go to preferences, logs
 * or messages. Use from the UI thread: the storage may ask the user for its master password.
 */
public final class SavedPasswords {

    private static final String KEY = "password";
    private final ISecurePreferences brokers;

    /** @param root the secure storage to use */
    public SavedPasswords(ISecurePreferences root) {
        this.brokers = root.node("org.meshbench.ui").node("brokers");
    }

    /**
     * @return the passwords in the platform's default secure storage
     * @throws StorageException if that storage cannot be opened
     */
    public static SavedPasswords platform() throws StorageException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root == null) {
            throw new StorageException(StorageException.INTERNAL_ERROR, "the secure storage cannot be opened");
        }
        return new SavedPasswords(root);
    }

    /**
     * @param brokerUrl the broker URL as typed
     * @param username  the user name
     * @return the saved password; the caller wipes it after use
     * @throws StorageException if the storage cannot be decrypted
     */
    public Optional<char[]> find(String brokerUrl, String username) throws StorageException {
        String nodeName = nodeName(brokerUrl, username);
        if (!brokers.nodeExists(nodeName)) {
            return Optional.empty();
        }
        return Optional.ofNullable(brokers.node(nodeName).get(KEY, null)).map(String::toCharArray);
    }

    /**
     * @param brokerUrl the broker URL as typed
     * @param username  the user name
     * @param password  the password; not kept beyond the storage's own copy
     * @throws StorageException if it cannot be encrypted (for example, the master password was not given)
     * @throws IOException      if the storage cannot be written
     */
    public void save(String brokerUrl, String username, char[] password) throws StorageException, IOException {
        brokers.node(nodeName(brokerUrl, username)).put(KEY, new String(password), true);
        brokers.flush();
    }

    /**
     * @param brokerUrl the broker URL as typed
     * @param username  the user name
     * @throws IOException if the storage cannot be written
     */
    public void forget(String brokerUrl, String username) throws IOException {
        String nodeName = nodeName(brokerUrl, username);
        if (brokers.nodeExists(nodeName)) {
            brokers.node(nodeName).removeNode();
            brokers.flush();
        }
    }

    /** Node names must not contain slashes, and broker URLs always do. */
    private static String nodeName(String brokerUrl, String username) {
        return EncodingUtils.encodeSlashes(username.strip() + "@" + brokerUrl.strip());
    }

    /** @param password a password no longer needed */
    public static void wipe(char[] password) {
        Arrays.fill(password, '\0');
    }
}
