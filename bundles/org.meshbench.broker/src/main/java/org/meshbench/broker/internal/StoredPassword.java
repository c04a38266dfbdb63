package org.meshbench.broker.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** One user's password as a password file stores it: in plain text or as a Mosquitto hash. */
sealed interface StoredPassword permits StoredPassword.Plain, MosquittoHash.Sha512, MosquittoHash.Pbkdf2 {

    /**
     * @param candidate the password a client sent, as raw bytes
     * @return {@code true} if it is this password; compared in constant time, so the time to answer does
     *         not tell how much of a guess was right
     */
    boolean matches(byte[] candidate);

    /**
     * @param field the text after the first colon of a password file line
     * @return the stored password
     * @throws IllegalArgumentException if the field is empty or a malformed or unsupported hash
     */
    static StoredPassword parse(String field) {
        if (field.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        if (field.startsWith("$6$") || field.startsWith("$7$")) {
            return MosquittoHash.parse(field);
        }
        if (field.startsWith("$argon2")) {
            throw new IllegalArgumentException("Argon2 hashes are not supported; use mosquitto_passwd of"
                    + " Mosquitto 2.0 ($7$ hashes) or a plain password");
        }
        return new Plain(field.getBytes(StandardCharsets.UTF_8));
    }

    /** A password kept as its UTF-8 bytes. */
    record Plain(byte[] utf8) implements StoredPassword {

        @Override
        public boolean matches(byte[] candidate) {
            return MessageDigest.isEqual(utf8, candidate);
        }

        @Override
        public String toString() {
            return "Plain[***]";
        }
    }
}
