package org.meshbench.broker.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.BrokerStartException.Reason;

/** Reads a password file in the format described at {@code BrokerOptions.Builder#passwordFile}. */
final class PasswordFile {

    private PasswordFile() {
    }

    /**
     * @param file the password file
     * @return each user's stored password
     * @throws BrokerStartException with reason {@code PASSWORD_FILE} if the file is unreadable, names no
     *             user, or has a malformed or repeated entry
     */
    static Map<String, StoredPassword> read(Path file) throws BrokerStartException {
        List<String> lines = lines(file);
        Map<String, StoredPassword> users = new HashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                addEntry(users, line);
            } catch (IllegalArgumentException e) {
                throw failure(file + " line " + (index + 1) + ": " + e.getMessage(), e);
            }
        }
        if (users.isEmpty()) {
            throw failure(file + " names no user, so no client could log in", null);
        }
        return Map.copyOf(users);
    }

    private static void addEntry(Map<String, StoredPassword> users, String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected user:password");
        }
        String user = line.substring(0, colon);
        if (users.put(user, StoredPassword.parse(line.substring(colon + 1))) != null) {
            throw new IllegalArgumentException("user '" + user + "' appears a second time");
        }
    }

    private static List<String> lines(Path file) throws BrokerStartException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw failure(file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw failure("Cannot read the password file " + file + ": " + e, e);
        }
    }

    private static BrokerStartException failure(String message, Exception cause) {
        return new BrokerStartException(Reason.PASSWORD_FILE, message, cause);
    }
}
