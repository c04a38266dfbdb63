package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GatewayMessage;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.topic.Topic;
import org.meshbench.protocol.topic.TopicFormatException;

/** Every kind, with all optional fields set and with none set, survives encode then decode unchanged. */
class TypedRoundTripTest {

    private final GatewayCodec codec = new GatewayCodec();

    @Test
    void samplesCoverEveryKindBothWays() {
        for (List<GatewayMessage> samples : List.of(SampleMessages.full(), SampleMessages.minimal())) {
            Set<MessageKind> kinds = EnumSet.noneOf(MessageKind.class);
            samples.forEach(message -> kinds.add(message.kind()));
            assertEquals(EnumSet.allOf(MessageKind.class), kinds);
        }
    }

    @TestFactory
    Stream<DynamicTest> fullMessagesRoundTrip() {
        return roundTrips(SampleMessages.full(), "full ");
    }

    @TestFactory
    Stream<DynamicTest> minimalMessagesRoundTripWithUnsetFieldsStillUnset() {
        return roundTrips(SampleMessages.minimal(), "minimal ");
    }

    private Stream<DynamicTest> roundTrips(List<GatewayMessage> messages, String label) {
        return messages.stream().map(message -> DynamicTest.dynamicTest(label + message.kind(), () -> {
            Topic topic = topicFor(message);
            EncodedMessage encoded = codec.encode(topic, message);
            DecodedMessage decoded = codec.decode(encoded.topic(), encoded.payload().toByteArray());
            assertEquals(message, decoded.message());
            assertEquals(topic, decoded.topic());
        }));
    }

    /** The topic comes from the kind alone, since minimal samples name no sink in their headers. */
    private static Topic topicFor(GatewayMessage message) throws TopicFormatException {
        return Topic.parse(switch (message.kind().direction()) {
            case REQUEST -> commandPath("gw-request", message.kind());
            case RESPONSE -> commandPath("gw-response", message.kind());
            case EVENT -> message instanceof ReceivedDataEvent data
                    ? "gw-event/received_data/gw1/sink0/" + Long.toUnsignedString(data.networkAddress().orElse(0))
                            + "/" + data.sourceEndpoint() + "/" + data.destinationEndpoint()
                    : "gw-event/status/gw1";
        });
    }

    private static String commandPath(String prefix, MessageKind kind) {
        Command command = kind.command().orElseThrow();
        return prefix + "/" + command.topicName() + "/" + SampleMessages.GATEWAY
                + (command.hasSinkLevel() ? "/" + SampleMessages.SINK : "");
    }
}
