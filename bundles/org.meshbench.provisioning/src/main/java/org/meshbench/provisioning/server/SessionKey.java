package org.meshbench.provisioning.server;

import java.util.Objects;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.FrameHeader;

/**
 * What tells sessions apart: the packets' source address and the frames' header.
 *
 * @param sourceAddress the mesh address the frames come from
 * @param header node address (as the frames carry it) and session id
 */
public record SessionKey(long sourceAddress, FrameHeader header) {

    /** Checks for null. */
    public SessionKey {
        Objects.requireNonNull(header, "header");
    }

    /** @return the node address bytes of the frames */
    public Bytes nodeAddress() {
        return header.nodeAddress();
    }

    /** @return the session id */
    public int sessionId() {
        return header.sessionId();
    }
}
