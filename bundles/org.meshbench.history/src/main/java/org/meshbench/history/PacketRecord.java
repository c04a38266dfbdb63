package org.meshbench.history;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.Bytes;

/**
 * A received_data event as stored in the {@code packets} table, with what the installed decoders made of its
 * payload. Addresses and the event id are unsigned values kept in a {@code long}.
 *
 * @param gatewayId gateway that published the event
 * @param eventId the event id, unique per gateway (unsigned 64 bits)
 * @param sinkId sink that received the packet
 * @param networkAddress network address of the sink
 * @param sourceAddress sender node address
 * @param destinationAddress receiver node address
 * @param sourceEndpoint source endpoint
 * @param destinationEndpoint destination endpoint
 * @param rxTimeMs reception time at the sink, milliseconds since the Unix epoch
 * @param travelTimeMs travel time through the mesh in milliseconds
 * @param hopCount hops taken, when the gateway reported it
 * @param qos Wirepas quality of service class
 * @param payload the application payload, empty when the gateway withheld it
 * @param payloadSize payload size in bytes, as reported when withheld
 * @param decoderId the decoder chosen for the payload, if one applied
 * @param summary the decoder's one-line summary or its error, if one applied
 * @param fieldsJson the decoded fields as a JSON array, if decoding succeeded
 * @param receivedAtMs when the recorder received the event
 * @since 0.1
 */
public record PacketRecord(String gatewayId, long eventId, String sinkId, long networkAddress, long sourceAddress,
        long destinationAddress, int sourceEndpoint, int destinationEndpoint, long rxTimeMs, long travelTimeMs,
        OptionalLong hopCount, int qos, Optional<Bytes> payload, long payloadSize, Optional<String> decoderId,
        Optional<String> summary, Optional<String> fieldsJson, long receivedAtMs) implements HistoryRecord {

    /** Checks that nothing is {@code null}. */
    public PacketRecord {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(sinkId, "sinkId");
        Objects.requireNonNull(hopCount, "hopCount");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(decoderId, "decoderId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(fieldsJson, "fieldsJson");
    }
}
