package org.meshbench.simulator.internal.traffic;

import static org.meshbench.mesh.remoteapi.RemoteApi.MAX_PING_REFERENCE;
import static org.meshbench.mesh.remoteapi.RemoteApi.PING;
import static org.meshbench.mesh.remoteapi.RemoteApi.RESPONSE_BIT;
import static org.meshbench.mesh.remoteapi.RemoteApi.SCRATCHPAD_STATUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbench.mesh.remoteapi.RemoteApiFrame;
import org.meshbench.simulator.internal.node.NodeOtapStatus;

/**
 * The node side of the Remote API: the answers go back concatenated in one packet. Answered: ping
 * (echoed as 0x80 with its reference bytes) and scratchpad status (answered with the 47-byte 0x99).
 * Other frames are skipped; a truncated frame ends the packet.
 */
public final class RemoteApiResponder {

    private RemoteApiResponder() {
    }

    /**
     * @param request the request packet
     * @param status  what the node reports about its scratchpad
     * @return the response packet, or empty when no frame was answered
     */
    public static Optional<byte[]> answer(byte[] request, NodeOtapStatus status) {
        List<RemoteApiFrame> responses = new ArrayList<>();
        for (RemoteApiFrame frame : RemoteApiFrame.split(request)) {
            int length = frame.body().length;
            if (frame.type() == PING && length >= 1 && length <= MAX_PING_REFERENCE) {
                responses.add(new RemoteApiFrame(PING | RESPONSE_BIT, frame.body()));
            } else if (frame.type() == SCRATCHPAD_STATUS && length == 0) {
                responses.add(ScratchpadStatusFrame.of(status));
            }
        }
        return responses.isEmpty() ? Optional.empty() : Optional.of(RemoteApiFrame.join(responses));
    }
}
