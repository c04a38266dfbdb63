package org.meshbench.protocol.topic;

import java.util.Optional;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.value.Uint32;

/**
 * The topic of received packets:
 * {@code gw-event/received_data/<gw>/<sink>/<network>/<source endpoint>/<destination endpoint>},
 * numbers in decimal.
 *
 * @param gatewayId           the gateway
 * @param sink                the sink that received the packet
 * @param networkAddress      the sink's network address (uint64, unsigned)
 * @param sourceEndpoint      the packet's source endpoint (uint32)
 * @param destinationEndpoint the packet's destination endpoint (uint32)
 */
public record ReceivedDataTopic(String gatewayId, String sink, long networkAddress, long sourceEndpoint,
        long destinationEndpoint) implements Topic {

    /**
     * Checks the ids and ranges.
     *
     * @throws IllegalArgumentException naming the id or field that does not fit
     */
    public ReceivedDataTopic {
        TopicLevels.gateway(gatewayId);
        TopicLevels.sink(sink);
        Uint32.require("source_endpoint", sourceEndpoint);
        Uint32.require("destination_endpoint", destinationEndpoint);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.RECEIVED_DATA_EVENT;
    }

    @Override
    public Optional<String> sinkId() {
        return Optional.of(sink);
    }

    @Override
    public String path() {
        return TopicLevels.EVENT + "/" + TopicLevels.RECEIVED_DATA + "/" + gatewayId + "/" + sink + "/"
                + Long.toUnsignedString(networkAddress) + "/" + sourceEndpoint + "/" + destinationEndpoint;
    }

    @Override
    public String toString() {
        return path();
    }
}
