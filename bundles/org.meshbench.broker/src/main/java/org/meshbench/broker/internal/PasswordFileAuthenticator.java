package org.meshbench.broker.internal;

import io.moquette.broker.security.IAuthenticator;
import java.util.Map;

/** Lets in the clients that name a user of the password file and give that user's password. Thread-safe. */
final class PasswordFileAuthenticator implements IAuthenticator {

    private final Map<String, StoredPassword> users;

    PasswordFileAuthenticator(Map<String, StoredPassword> users) {
        this.users = Map.copyOf(users);
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        if (username == null || password == null) {
            return false;
        }
        StoredPassword stored = users.get(username);
        return stored != null && stored.matches(password);
    }
}
