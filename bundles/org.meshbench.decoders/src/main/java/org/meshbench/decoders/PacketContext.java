package org.meshbench.decoders;

import java.util.Objects;
import org.meshbench.mesh.EndpointPair;

/**
 * Everything known about a packet besides its payload: where it entered the backend and how it
 * travelled through the mesh. Immutable and thread-safe.
 *
 * @param gatewayId id of the gateway that published the packet
 * @param sinkId id of the sink, on that gateway, that received the packet
 * @param networkAddress network address of the sink (24 bits)
 * @param sourceAddress node address of the sender (32 bits, unsigned)
 * @param destinationAddress node address of the receiver (32 bits, unsigned; 0xFFFFFFFF = broadcast)
 * @param sourceEndpoint source endpoint, 0..255
 * @param destinationEndpoint destination endpoint, 0..255
 * @param hopCount hops the packet took, 0 when the gateway did not report it
 * @param travelTimeMs time from sending to reception at the sink, in milliseconds
 * @param rxTimeMsEpoch reception time at the sink, milliseconds since the Unix epoch
 * @param qos Wirepas quality of service class (0 normal, 1 high)
 * @since 0.1
 */
public record PacketContext(String gatewayId, String sinkId, long networkAddress,
        long sourceAddress, long destinationAddress, int sourceEndpoint, int destinationEndpoint,
        int hopCount, long travelTimeMs, long rxTimeMsEpoch, int qos) {

    /** Checks the value ranges; ids may be empty but not {@code null}. */
    public PacketContext {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(sinkId, "sinkId");
        EndpointPair.of(sourceEndpoint, destinationEndpoint); // checks both ranges
    }

    /** @return the source and destination endpoints of this packet */
    public EndpointPair endpoints() {
        return new EndpointPair(sourceEndpoint, destinationEndpoint);
    }

    /**
     * Starts a context with empty ids and zero values for the given endpoints; convenient for
     * decoding payloads that did not come from the network (tests, app config data).
     *
     * @param endpoints the endpoint pair of the packet
     * @return a builder
     */
    public static Builder builder(EndpointPair endpoints) {
        return new Builder(endpoints);
    }

    /** Mutable builder for {@link PacketContext}; not thread-safe. */
    public static final class Builder {
        private final EndpointPair endpoints;
        private String gatewayId = "";
        private String sinkId = "";
        private long networkAddress;
        private long sourceAddress;
        private long destinationAddress;
        private int hopCount;
        private long travelTimeMs;
        private long rxTimeMsEpoch;
        private int qos;

        private Builder(EndpointPair endpoints) {
            this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        }

        /** @param id gateway id @return this builder */
        public Builder gateway(String id) { gatewayId = id; return this; }

        /** @param id sink id @return this builder */
        public Builder sink(String id) { sinkId = id; return this; }

        /** @param address network address @return this builder */
        public Builder network(long address) { networkAddress = address; return this; }

        /** @param address sender node address @return this builder */
        public Builder source(long address) { sourceAddress = address; return this; }

        /** @param address receiver node address @return this builder */
        public Builder destination(long address) { destinationAddress = address; return this; }

        /** @param hops hop count @return this builder */
        public Builder hops(int hops) { hopCount = hops; return this; }

        /** @param millis travel time in ms @return this builder */
        public Builder travelTime(long millis) { travelTimeMs = millis; return this; }

        /** @param epochMillis reception time @return this builder */
        public Builder rxTime(long epochMillis) { rxTimeMsEpoch = epochMillis; return this; }

        /** @param qosClass Wirepas QoS class @return this builder */
        public Builder qos(int qosClass) { qos = qosClass; return this; }

        /** @return the context */
        public PacketContext build() {
            return new PacketContext(gatewayId, sinkId, networkAddress, sourceAddress,
                    destinationAddress, endpoints.source(), endpoints.destination(), hopCount,
                    travelTimeMs, rxTimeMsEpoch, qos);
        }
    }
}
