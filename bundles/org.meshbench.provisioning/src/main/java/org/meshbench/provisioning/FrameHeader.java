package org.meshbench.provisioning;

import java.util.Objects;
import org.meshbench.protocol.value.Bytes;

/**
 * What every frame of a session repeats after its type byte. Immutable.
 *
 * @param nodeAddress the node's address, 4 bytes kept as received (the secured MIC covers them as they are)
 * @param sessionId the session id the node chose, 0..255
 */
public record FrameHeader(Bytes nodeAddress, int sessionId) {

    /** Bytes of the node address. */
    public static final int NODE_ADDRESS_LENGTH = 4;

    /** Checks the sizes. */
    public FrameHeader {
        Objects.requireNonNull(nodeAddress, "nodeAddress");
        if (nodeAddress.size() != NODE_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("node address must be 4 bytes, got " + nodeAddress.size());
        }
        if (sessionId < 0 || sessionId > 0xFF) {
            throw new IllegalArgumentException("session id must be 0..255, got " + sessionId);
        }
    }

    /**
     * @param address a node address (uint32)
     * @param sessionId the session id
     * @return the header with the address written little-endian, as nodes do
     */
    public static FrameHeader of(long address, int sessionId) {
        byte[] bytes = new byte[NODE_ADDRESS_LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (address >>> (8 * i));
        }
        return new FrameHeader(Bytes.of(bytes), sessionId);
    }
}
