package org.meshbench.broker.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Plain passwords and Mosquitto hashes, checked against hashes that Mosquitto itself wrote. */
class StoredPasswordTest {

    /** mosquitto_passwd 2.0.11 for {@code b@ck:end}: PBKDF2-SHA-512, 101 iterations, 12-byte salt. */
    private static final String PBKDF2 = "$7$101$ydWiXUWFrz5twhhb$ZHJD668G1jEDq7+sgVyLm6wOjlvUM65QTosJfsOqwYOBSPJ"
            + "eKCeVY/WtI94MB6RWFIWBvJIIs+QqXx/b2HbMKg==";
    /** mosquitto_passwd -U of Mosquitto 1.x for {@code 123}: SHA-512 of password and salt. */
    private static final String SHA512 = "$6$SPFacwqt9GCeQgIc$j8QVIonW3QPlcWwkbEBnTt7pDyyD6bPG2Vc0Qw9lx8rQenou0wr"
            + "qQ+o9EiEZhZx3OhEuyaWzqD4hBU3Mgme3EA==";

    @Test
    void pbkdf2HashMatchesOnlyItsPassword() {
        StoredPassword stored = StoredPassword.parse(PBKDF2);
        assertInstanceOf(MosquittoHash.Pbkdf2.class, stored);
        assertTrue(stored.matches(utf8("b@ck:end")));
        assertFalse(stored.matches(utf8("b@ck:enD")));
        assertFalse(stored.matches(new byte[0]));
    }

    @Test
    void sha512HashMatchesOnlyItsPassword() {
        StoredPassword stored = StoredPassword.parse(SHA512);
        assertInstanceOf(MosquittoHash.Sha512.class, stored);
        assertTrue(stored.matches(utf8("123")));
        assertFalse(stored.matches(utf8("1234")));
    }

    @Test
    void plainPasswordMatchesItsUtf8Bytes() {
        StoredPassword stored = StoredPassword.parse("pässwörd");
        assertTrue(stored.matches(utf8("pässwörd")));
        assertFalse(stored.matches(utf8("passwort")));
        assertFalse(stored.toString().contains("pässwörd"));
    }

    @Test
    void malformedOrUnsupportedValuesAreRejected() {
        assertRejected("", "empty");
        assertRejected("$7$101$onlysalt", "iterations, salt and hash");
        assertRejected("$7$many" + PBKDF2.substring(6), "iteration count");
        assertRejected("$7$0" + PBKDF2.substring(6), "iteration count");
        assertRejected("$6$SPFacwqt9GCeQgIc$tooShort", "wrong length");
        assertRejected("$6$not*base64$" + SHA512.substring(20), "salt of the hash is not base64");
        assertRejected("$argon2id$v=19$m=47104,t=1,p=1$c2FsdA$aGFzaA", "Argon2");
    }

    private static void assertRejected(String field, String expectedInMessage) {
        IllegalArgumentException rejection = assertThrows(IllegalArgumentException.class,
                () -> StoredPassword.parse(field));
        assertTrue(rejection.getMessage().contains(expectedInMessage), rejection.getMessage());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
