package org.meshbench.protocol.message;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.Uint32;

/**
 * A packet a sink received from the mesh ({@code PacketReceivedEvent}), published at MQTT QoS 1,
 * so duplicates are possible: compare the event ids.
 *
 * @param header the header (not null)
 * @param sourceAddress source node address (uint32)
 * @param destinationAddress destination node address (uint32)
 * @param sourceEndpoint source endpoint (uint32)
 * @param destinationEndpoint destination endpoint (uint32)
 * @param travelTimeMs time the packet spent in the mesh, in milliseconds (uint32)
 * @param rxTimeMsEpoch when the gateway received it, milliseconds since the epoch (uint64,
 *        unsigned)
 * @param qos Wirepas quality of service (uint32)
 * @param payload the application payload; a gateway may withhold it
 * @param payloadSize payload size, typically sent when the payload is withheld (uint32)
 * @param hopCount number of hops the packet took (uint32)
 * @param networkAddress network address of the sink (uint64, unsigned)
 */
public record ReceivedDataEvent(EventHeader header, long sourceAddress, long destinationAddress,
        long sourceEndpoint, long destinationEndpoint, long travelTimeMs, long rxTimeMsEpoch, long qos,
        Optional<Bytes> payload, OptionalLong payloadSize, OptionalLong hopCount,
        OptionalLong networkAddress) implements Event {

    /** Checks the components. */
    public ReceivedDataEvent {
        Objects.requireNonNull(header, "header");
        Uint32.require("source_address", sourceAddress);
        Uint32.require("destination_address", destinationAddress);
        Uint32.require("source_endpoint", sourceEndpoint);
        Uint32.require("destination_endpoint", destinationEndpoint);
        Uint32.require("travel_time_ms", travelTimeMs);
        Uint32.require("qos", qos);
        Objects.requireNonNull(payload, "payload");
        Uint32.require("payload_size", payloadSize);
        Uint32.require("hop_count", hopCount);
        Objects.requireNonNull(networkAddress, "networkAddress");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.RECEIVED_DATA_EVENT;
    }
}
