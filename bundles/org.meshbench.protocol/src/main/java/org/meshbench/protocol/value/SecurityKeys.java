package org.meshbench.protocol.value;

import java.util.Objects;

/**
 * A key set with its key sequence number ({@code SecurityKeys}), used for the network and
 * management keys of gateways with {@link GatewayFeature#SINK_KEY_MANAGEMENT_V1}.
 *
 * @param cipher         the cipher key (not null)
 * @param authentication the authentication key (not null)
 * @param sequence       the key sequence number (uint32)
 */
public record SecurityKeys(Bytes cipher, Bytes authentication, long sequence) {

    /** Checks the components. */
    public SecurityKeys {
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(authentication, "authentication");
        Uint32.require("sequence", sequence);
    }

    /** @return the key sizes and sequence only, so that keys never reach a log */
    @Override
    public String toString() {
        return "SecurityKeys[cipher=" + cipher.size() + " bytes, authentication=" + authentication.size()
                + " bytes, sequence=" + sequence + "]";
    }
}
