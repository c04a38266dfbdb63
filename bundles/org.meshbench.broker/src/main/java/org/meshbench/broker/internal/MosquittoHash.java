package org.meshbench.broker.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The password hashes {@code mosquitto_passwd} writes: {@code $6$salt$hash} is SHA-512 of the password
 * followed by the salt, {@code $7$iterations$salt$hash} is PBKDF2 with HMAC-SHA-512; salt and hash are
 * base64. Mosquitto's {@code common/password_mosq.c} defines both.
 */
final class MosquittoHash {

    private static final int HASH_BYTES = 64;

    private MosquittoHash() {
    }

    /** A {@code $6$} hash. */
    record Sha512(byte[] salt, byte[] hash) implements StoredPassword {

        @Override
        public boolean matches(byte[] candidate) {
            MessageDigest sha512 = sha512();
            sha512.update(candidate);
            return MessageDigest.isEqual(hash, sha512.digest(salt));
        }
    }

    /** A {@code $7$} hash. */
    record Pbkdf2(int iterations, byte[] salt, byte[] hash) implements StoredPassword {

        @Override
        public boolean matches(byte[] candidate) {
            // An HMAC key cannot be empty, and no hashed password is.
            return candidate.length > 0 && MessageDigest.isEqual(hash, pbkdf2(candidate, salt, iterations));
        }
    }

    /**
     * @param field {@code $6$…} or {@code $7$…}
     * @return the hash
     * @throws IllegalArgumentException if the field is not such a hash
     */
    static StoredPassword parse(String field) {
        String[] parts = field.substring(3).split("\\$", -1);
        boolean pbkdf2 = field.startsWith("$7$");
        if (parts.length != (pbkdf2 ? 3 : 2)) {
            throw new IllegalArgumentException("a " + field.substring(0, 3) + " hash has "
                    + (pbkdf2 ? "iterations, salt and hash" : "salt and hash") + " separated by $");
        }
        byte[] hash = base64(parts[parts.length - 1], "hash");
        byte[] salt = base64(parts[parts.length - 2], "salt");
        if (hash.length != HASH_BYTES || (salt.length != 12 && salt.length != HASH_BYTES)) {
            throw new IllegalArgumentException("the salt or hash has the wrong length for a Mosquitto hash");
        }
        return pbkdf2 ? new Pbkdf2(iterations(parts[0]), salt, hash) : new Sha512(salt, hash);
    }

    private static int iterations(String text) {
        try {
            int iterations = Integer.parseInt(text);
            if (iterations > 0) {
                return iterations;
            }
        } catch (NumberFormatException e) {
            // reported below, as for zero or a negative count
        }
        throw new IllegalArgumentException("the iteration count '" + text + "' is not a positive number");
    }

    private static byte[] base64(String text, String part) {
        try {
            return Base64.getDecoder().decode(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + part + " of the hash is not base64", e);
        }
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-512", e);
        }
    }

    /** PBKDF2 (RFC 8018) for one block: the derived key is exactly as long as one HMAC-SHA-512 output. */
    private static byte[] pbkdf2(byte[] password, byte[] salt, int iterations) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA512");
            hmac.init(new SecretKeySpec(password, "HmacSHA512"));
            hmac.update(salt);
            byte[] block = hmac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] key = block.clone();
            for (int round = 1; round < iterations; round++) {
                block = hmac.doFinal(block);
                for (int i = 0; i < key.length; i++) {
                    key[i] ^= block[i];
                }
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA-512", e);
        }
    }
}
