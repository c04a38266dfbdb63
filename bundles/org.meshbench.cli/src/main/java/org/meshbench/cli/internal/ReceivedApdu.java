package org.meshbench.cli.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.decoders.PacketContext;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.network.decoding.PacketContexts;
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
record ReceivedApdu(PacketContext context, Optional<byte[]> apdu, OptionalLong reportedSize) {

    private static final GatewayCodec CODEC = new GatewayCodec();

    /**
     * @param topicText a {@code gw-event/received_data/…} topic
     * @param payload its MQTT payload
     * @return the packet it carries
     * @throws UsageException if the topic carries something else
     * @throws BadInputException if an endpoint does not fit in the byte the mesh carries it in
     * @throws ProtocolException if the payload does not decode on that topic
     */
    static ReceivedApdu of(String topicText, byte[] payload)
            throws UsageException, BadInputException, ProtocolException {
        DecodedMessage decoded = CODEC.decode(topicText, payload);
        if (!(decoded.topic() instanceof ReceivedDataTopic topic)
                || !(decoded.message() instanceof ReceivedDataEvent event)) {
            throw new UsageException("--apdu needs a gw-event/received_data/... topic");
        }
        SinkRef sink = new SinkRef(event.header().gwId(), event.header().sinkId().orElse(topic.sink()));
        PacketContext context = PacketContexts.of(new ReceivedPacket(sink,
                event.networkAddress().orElse(topic.networkAddress()), event, Instant.now()))
                .orElseThrow(() -> new BadInputException(endpointBeyondAByte(event)
                        + " does not fit in a byte, so no decoder applies"));
        return new ReceivedApdu(context, event.payload().map(Bytes::toByteArray), event.payloadSize());
    }

    private static String endpointBeyondAByte(ReceivedDataEvent event) {
        return event.sourceEndpoint() > PacketContexts.MAX_ENDPOINT ? "source_endpoint " + event.sourceEndpoint()
                : "destination_endpoint " + event.destinationEndpoint();
    }
}
