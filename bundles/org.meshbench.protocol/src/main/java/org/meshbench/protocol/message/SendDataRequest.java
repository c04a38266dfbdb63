package org.meshbench.protocol.message;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.Uint32;

/**
 * Sends a packet into the mesh through one sink ({@code SendPacketReq}).
 *
 * @param header the header (not null)
 * @param destinationAddress destination node address; 0xFFFFFFFF broadcasts (uint32)
 * @param sourceEndpoint source endpoint (uint32)
 * @param destinationEndpoint destination endpoint (uint32)
 * @param qos Wirepas quality of service: 0 normal, 1 high (uint32)
 * @param payload the application payload (not null)
 * @param initialDelayMs delay before sending, in milliseconds (uint32)
 * @param isUnackCsmaCa true when the targets are CB-MAC (low latency) nodes only
 * @param hopLimit largest number of hops (uint32)
 */
public record SendDataRequest(RequestHeader header, long destinationAddress, long sourceEndpoint,
        long destinationEndpoint, long qos, Bytes payload, OptionalLong initialDelayMs,
        Optional<Boolean> isUnackCsmaCa, OptionalLong hopLimit) implements Request {

    /** Checks the components. */
    public SendDataRequest {
        Objects.requireNonNull(header, "header");
        Uint32.require("destination_address", destinationAddress);
        Uint32.require("source_endpoint", sourceEndpoint);
        Uint32.require("destination_endpoint", destinationEndpoint);
        Uint32.require("qos", qos);
        Objects.requireNonNull(payload, "payload");
        Uint32.require("initial_delay_ms", initialDelayMs);
        Objects.requireNonNull(isUnackCsmaCa, "isUnackCsmaCa");
        Uint32.require("hop_limit", hopLimit);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.SEND_DATA_REQUEST;
    }
}
