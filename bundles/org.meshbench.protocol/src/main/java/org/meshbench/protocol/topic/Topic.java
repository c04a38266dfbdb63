package org.meshbench.protocol.topic;

import java.util.Optional;
import org.meshbench.protocol.message.MessageKind;

/**
 * A parsed topic of the gateway API. Each one carries exactly one payload kind. Implementations
 * are immutable records whose {@code toString()} is the topic text.
 */
public sealed interface Topic permits RequestTopic, ResponseTopic, StatusTopic, ReceivedDataTopic {

    /** @return the payload kind this topic carries */
    MessageKind kind();

    /** @return the gateway id level */
    String gatewayId();

    /** @return the sink id level, if the topic has one */
    Optional<String> sinkId();

    /** @return the topic text, for example {@code gw-request/send_data/gw1/sink0} */
    String path();

    /**
     * @param text a topic (not null)
     * @return the parsed topic
     * @throws TopicFormatException if {@code text} is not a topic of the API or has an unusable id
     */
    static Topic parse(String text) throws TopicFormatException {
        return TopicParser.parse(text);
    }
}
