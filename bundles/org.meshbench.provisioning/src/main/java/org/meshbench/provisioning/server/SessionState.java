package org.meshbench.provisioning.server;

/** Where a session is. */
public enum SessionState {
    /** DATA handed to the gateway; waiting for its send_data answer. */
    WAIT_DATA_SENT,
    /** The gateway sent DATA; waiting for the node's DATA_ACK or NACK. */
    WAIT_RESPONSE,
    /** NACK handed to the gateway; waiting for its send_data answer. */
    WAIT_NACK_SENT,
    /** Finished; the session has its outcome. */
    DONE
}
