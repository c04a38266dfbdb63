package org.meshbench.cli.internal;

import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.decoders.PacketContext;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.ProtocolException;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.topic.ReceivedDataTopic;
import org.meshbench.protocol.value.Bytes;

/**
 * The application payload (APDU) of a received-data event and the context a decoder gets with it.
 *
 * @param context where the packet came from and how it travelled
 * @param apdu the application payload, empty when the gateway withheld it
 * @param reportedSize the payload size the gateway reported, typically when it withheld the payload
 */
record ReceivedPacket(PacketContext context, Optional<byte[]> apdu, OptionalLong reportedSize) {

    private static final int MAX_ENDPOINT = 255;

    private static final GatewayCodec CODEC = new GatewayCodec();

    /**
     * @param topicText a {@code gw-event/received_data/…} topic
     * @param payload its MQTT payload
     * @return the packet it carries
     * @throws UsageException if the topic carries something else
     * @throws BadInputException if an endpoint does not fit in the byte the mesh carries it in
     * @throws ProtocolException if the payload does not decode on that topic
     */
    static ReceivedPacket of(String topicText, byte[] payload)
            throws UsageException, BadInputException, ProtocolException {
        DecodedMessage decoded = CODEC.decode(topicText, payload);
        if (!(decoded.topic() instanceof ReceivedDataTopic topic)
                || !(decoded.message() instanceof ReceivedDataEvent event)) {
            throw new UsageException("--apdu needs a gw-event/received_data/... topic");
        }
        PacketContext context = new PacketContext(event.header().gwId(),
                event.header().sinkId().orElse(topic.sink()),
                event.networkAddress().orElse(topic.networkAddress()),
                event.sourceAddress(), event.destinationAddress(),
                endpoint("source_endpoint", event.sourceEndpoint()),
                endpoint("destination_endpoint", event.destinationEndpoint()),
                (int) event.hopCount().orElse(0), event.travelTimeMs(), event.rxTimeMsEpoch(),
                (int) event.qos());
        return new ReceivedPacket(context, event.payload().map(Bytes::toByteArray), event.payloadSize());
    }

    private static int endpoint(String field, long value) throws BadInputException {
        if (value > MAX_ENDPOINT) {
            throw new BadInputException(field + " " + value + " does not fit in a byte, so no decoder applies");
        }
        return (int) value;
    }
}
