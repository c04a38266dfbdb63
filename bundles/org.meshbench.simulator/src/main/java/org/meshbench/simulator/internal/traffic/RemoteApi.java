package org.meshbench.simulator.internal.traffic;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import org.meshbench.simulator.internal.node.NodeOtapStatus;

/**
 * The node side of the Remote API (MSAP, requests 255→240, responses 240→255). A request APDU holds
 * one or more frames (type, length, body); the answers go back concatenated in one APDU. Answered:
 * ping (0x00, echoed as 0x80 with its reference bytes) and scratchpad status (0x19, answered with
 * the 47-byte 0x99). Other frames are skipped by their length; a truncated frame ends the APDU.
 */
public final class RemoteApi {

    /** Request type of a ping. */
    public static final int PING = 0x00;
    /** Request type of a scratchpad status query. */
    public static final int SCRATCHPAD_STATUS = 0x19;
    /** A response's type is the request's with this bit set. */
    public static final int RESPONSE_BIT = 0x80;
    private static final int MAX_PING_REFERENCE = 16;

    private RemoteApi() {
    }

    /**
     * @param request the request APDU
     * @param status  what the node reports about its scratchpad
     * @return the response APDU, or empty when no frame was answered
     */
    public static Optional<byte[]> answer(byte[] request, NodeOtapStatus status) {
        ByteArrayOutputStream responses = new ByteArrayOutputStream();
        int position = 0;
        while (position + 2 <= request.length) {
            int type = request[position] & 0xFF;
            int length = request[position + 1] & 0xFF;
            int bodyStart = position + 2;
            if (bodyStart + length > request.length) {
                break;
            }
            if (type == PING && length >= 1 && length <= MAX_PING_REFERENCE) {
                responses.write(PING | RESPONSE_BIT);
                responses.write(length);
                responses.writeBytes(Arrays.copyOfRange(request, bodyStart, bodyStart + length));
            } else if (type == SCRATCHPAD_STATUS && length == 0) {
                responses.writeBytes(ScratchpadStatusFrame.encode(status));
            }
            position = bodyStart + length;
        }
        return responses.size() == 0 ? Optional.empty() : Optional.of(responses.toByteArray());
    }
}
