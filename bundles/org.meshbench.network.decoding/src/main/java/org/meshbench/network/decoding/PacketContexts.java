package org.meshbench.network.decoding;

import java.util.Optional;
import org.meshbench.decoders.PacketContext;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.protocol.message.ReceivedDataEvent;

/**
 * Turns a packet of the network model into the context the decoder registry wants. It lives here rather than in
 * the decoder API so that decoder plug-ins never depend on the network model or the protocol core.
 *
 * @since 0.1
 */
public final class PacketContexts {

    /** The largest endpoint the mesh carries: it has one byte for it, while the gateway API allows 32 bits. */
    public static final int MAX_ENDPOINT = 255;

    private PacketContexts() {
    }

    /**
     * @param packet a received packet
     * @return its context, or empty when an endpoint does not fit in the byte the mesh carries it in, so that no
     *         decoder can be bound to it
     */
    public static Optional<PacketContext> of(ReceivedPacket packet) {
        ReceivedDataEvent event = packet.event();
        if (event.sourceEndpoint() > MAX_ENDPOINT || event.destinationEndpoint() > MAX_ENDPOINT) {
            return Optional.empty();
        }
        return Optional.of(new PacketContext(packet.sink().gatewayId(), packet.sink().sinkId(),
                packet.networkAddress(), event.sourceAddress(), event.destinationAddress(),
                (int) event.sourceEndpoint(), (int) event.destinationEndpoint(),
                (int) event.hopCount().orElse(0), event.travelTimeMs(), event.rxTimeMsEpoch(), (int) event.qos()));
    }
}
