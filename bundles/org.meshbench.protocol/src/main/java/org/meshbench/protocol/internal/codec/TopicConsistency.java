package org.meshbench.protocol.internal.codec;

import java.util.Optional;
import org.meshbench.protocol.message.Event;
import org.meshbench.protocol.message.GatewayMessage;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.topic.ReceivedDataTopic;
import org.meshbench.protocol.topic.Topic;

/**
 * Checks the values that the API puts both in the topic and in the payload: the gateway id of
 * response and event headers, the sink id of every header that has one (when the topic has a
 * sink level), and the network address and endpoints of received data.
 */
public final class TopicConsistency {

    /**
     * A value of the payload that contradicts the topic.
     *
     * @param field  the payload field, relative to the payload kind (for example {@code header.gw_id})
     * @param detail what differs
     */
    public record Mismatch(String field, String detail) {
    }

    private TopicConsistency() {
    }

    /**
     * @param topic   the topic the message travels on
     * @param message a message of the topic's kind
     * @return the first contradiction, if any
     */
    public static Optional<Mismatch> check(Topic topic, GatewayMessage message) {
        Optional<String> gatewayId = switch (message) {
            case Request request -> Optional.empty();
            case Response response -> Optional.of(response.header().gwId());
            case Event event -> Optional.of(event.header().gwId());
        };
        Optional<String> sinkId = switch (message) {
            case Request request -> request.header().sinkId();
            case Response response -> response.header().sinkId();
            case Event event -> event.header().sinkId();
        };
        if (gatewayId.isPresent() && !gatewayId.get().equals(topic.gatewayId())) {
            return differs("header.gw_id", gatewayId.get(), topic.gatewayId());
        }
        if (sinkId.isPresent() && topic.sinkId().isPresent() && !sinkId.equals(topic.sinkId())) {
            return differs("header.sink_id", sinkId.get(), topic.sinkId().get());
        }
        if (topic instanceof ReceivedDataTopic dataTopic && message instanceof ReceivedDataEvent data) {
            return receivedData(dataTopic, data);
        }
        return Optional.empty();
    }

    private static Optional<Mismatch> receivedData(ReceivedDataTopic topic, ReceivedDataEvent data) {
        if (data.networkAddress().isPresent() && data.networkAddress().getAsLong() != topic.networkAddress()) {
            return differs("network_address", Long.toUnsignedString(data.networkAddress().getAsLong()),
                    Long.toUnsignedString(topic.networkAddress()));
        }
        if (data.sourceEndpoint() != topic.sourceEndpoint()) {
            return differs("source_endpoint", Long.toString(data.sourceEndpoint()),
                    Long.toString(topic.sourceEndpoint()));
        }
        if (data.destinationEndpoint() != topic.destinationEndpoint()) {
            return differs("destination_endpoint", Long.toString(data.destinationEndpoint()),
                    Long.toString(topic.destinationEndpoint()));
        }
        return Optional.empty();
    }

    private static Optional<Mismatch> differs(String field, String payloadValue, String topicValue) {
        return Optional.of(new Mismatch(field,
                field + " is \"" + payloadValue + "\" but the topic says \"" + topicValue + "\""));
    }
}
