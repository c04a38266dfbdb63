package org.meshbench.provisioning;

import java.util.Arrays;
import java.util.Optional;

/** Why a NACK refuses a session, from the server (first two) or from the node (last two). */
public enum NackReason {
    /** The UID is not in the whitelist. */
    NOT_AUTHORIZED(0),
    /** The whitelist asks for another method than the node's START. */
    METHOD_NOT_SUPPORTED(1),
    /** The node could not read the provisioning data. */
    INVALID_DATA(2),
    /** The MIC did not verify, or the key index is not the node's. */
    INVALID_KEY(3);

    private final int code;

    NackReason(int code) {
        this.code = code;
    }

    /** @return the reason byte */
    public int code() {
        return code;
    }

    /**
     * @param code a reason byte
     * @return the reason, if the byte names one
     */
    public static Optional<NackReason> of(int code) {
        return Arrays.stream(values()).filter(reason -> reason.code == code).findFirst();
    }
}
