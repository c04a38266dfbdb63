package org.meshbench.protocol.topic;

import java.util.Optional;
import org.meshbench.protocol.message.MessageKind;

/**
 * The status topic of one gateway: {@code gw-event/status/<gw>}.
 *
 * @param gatewayId the gateway
 */
public record StatusTopic(String gatewayId) implements Topic {

    /**
     * Checks the id.
     *
     * @throws IllegalArgumentException naming the id if it cannot be a topic level
     */
    public StatusTopic {
        TopicLevels.gateway(gatewayId);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.STATUS_EVENT;
    }

    /** @return always empty: the status topic has no sink level */
    @Override
    public Optional<String> sinkId() {
        return Optional.empty();
    }

    @Override
    public String path() {
        return TopicLevels.EVENT + "/" + TopicLevels.STATUS + "/" + gatewayId;
    }

    @Override
    public String toString() {
        return path();
    }
}
