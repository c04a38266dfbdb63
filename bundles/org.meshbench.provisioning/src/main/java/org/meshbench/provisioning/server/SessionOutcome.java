package org.meshbench.provisioning.server;

import org.meshbench.provisioning.NackReason;

/** How a session ended. */
public enum SessionOutcome {
    /** The node acknowledged the data. */
    SUCCESS,
    /** The UID is not in the whitelist; the node got NACK NOT_AUTHORIZED. */
    NOT_AUTHORIZED,
    /** The node asked for another method than its entry's; it got NACK METHOD_NOT_SUPPORTED. */
    METHOD_NOT_SUPPORTED,
    /** The node answered NACK INVALID_DATA. */
    INVALID_DATA,
    /** The node answered NACK INVALID_KEY: its factory key or IV differs from what the server used. */
    INVALID_KEY,
    /** The node did not answer DATA in time, retries included. */
    NO_RESPONSE,
    /** The gateway did not send DATA or NACK, retries included. */
    SEND_FAILED;

    /**
     * @param reason a NACK reason
     * @return the outcome a NACK with that reason ends in
     */
    public static SessionOutcome of(NackReason reason) {
        return valueOf(reason.name());
    }
}
