package org.meshbench.provisioning.server;

/** Why the server dropped a packet of the provisioning endpoints without answering it. */
public enum DropReason {
    /** Shorter than its frame type needs. */
    TRUNCATED,
    /** Not a frame: unknown type or NACK reason, or bytes after a fixed-length frame. */
    MALFORMED,
    /** A gateway withheld the payload. */
    NO_PAYLOAD,
    /** DATA, which only the server sends. */
    NOT_FROM_NODE,
    /** DATA_ACK or NACK of a session that never started. */
    NO_SESSION,
    /** A frame of a session that has ended (a START again, a second DATA_ACK, …). */
    REPLAYED,
    /** A frame its session's state does not expect, such as DATA_ACK after the server refused. */
    OUT_OF_ORDER
}
