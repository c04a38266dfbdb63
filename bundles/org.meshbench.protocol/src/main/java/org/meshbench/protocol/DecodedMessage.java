package org.meshbench.protocol;

import java.util.Objects;
import org.meshbench.protocol.message.GatewayMessage;
import org.meshbench.protocol.topic.Topic;

/**
 * A decoded topic and payload. The topic matters beside the message: a request names its gateway
 * only in the topic, and a received-data event may leave its network address to the topic.
 *
 * @param topic   the parsed topic
 * @param message the typed message, of the topic's kind
 */
public record DecodedMessage(Topic topic, GatewayMessage message) {

    /** Checks the components. */
    public DecodedMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(message, "message");
    }
}
