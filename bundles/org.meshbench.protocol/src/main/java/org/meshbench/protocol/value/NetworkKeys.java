package org.meshbench.protocol.value;

import java.util.Objects;

/**
 * Network keys as set through the legacy {@code keys} field of a new sink configuration.
 *
 * @param cipher         the cipher key (not null)
 * @param authentication the authentication key (not null)
 */
public record NetworkKeys(Bytes cipher, Bytes authentication) {

    /** Checks the components. */
    public NetworkKeys {
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(authentication, "authentication");
    }

    /** @return the key sizes only, so that keys never reach a log */
    @Override
    public String toString() {
        return "NetworkKeys[cipher=" + cipher.size() + " bytes, authentication=" + authentication.size() + " bytes]";
    }
}
