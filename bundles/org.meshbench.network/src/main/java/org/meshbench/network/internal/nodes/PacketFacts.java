package org.meshbench.network.internal.nodes;

import org.meshbench.protocol.message.ReceivedDataEvent;

/**
 * What the node store keeps of one received packet.
 *
 * @param network network address
 * @param source source node address (uint32)
 * @param sourceEndpoint source endpoint
 * @param destinationEndpoint destination endpoint
 * @param hopCount hops travelled
 * @param travelTimeMs time in the mesh
 */
public record PacketFacts(long network, long source, long sourceEndpoint, long destinationEndpoint, long hopCount,
        long travelTimeMs) {

    /**
     * @param network the network address (from payload or topic)
     * @param event the event
     * @return its facts
     */
    public static PacketFacts of(long network, ReceivedDataEvent event) {
        return new PacketFacts(network, event.sourceAddress(), event.sourceEndpoint(), event.destinationEndpoint(),
                event.hopCount().orElse(0), event.travelTimeMs());
    }
}
