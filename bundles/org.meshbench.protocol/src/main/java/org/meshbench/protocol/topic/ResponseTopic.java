package org.meshbench.protocol.topic;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.MessageKind;

/**
 * A response topic: {@code gw-response/<command>/<gw>} or {@code gw-response/<command>/<gw>/<sink>},
 * depending on {@link Command#hasSinkLevel()}.
 *
 * @param command   the command (not null)
 * @param gatewayId the gateway that answers
 * @param sinkId    the sink, present exactly when the command has a sink level
 */
public record ResponseTopic(Command command, String gatewayId, Optional<String> sinkId) implements Topic {

    /**
     * Checks the ids and that the sink level matches the command.
     *
     * @throws IllegalArgumentException naming the id or the command when they do not fit
     */
    public ResponseTopic {
        Objects.requireNonNull(command, "command");
        TopicLevels.gateway(gatewayId);
        CommandTopics.checkSink(command, sinkId);
    }

    /**
     * @param command   a command without sink level (get_configs, get_gw_info)
     * @param gatewayId the gateway
     * @return the topic
     */
    public static ResponseTopic of(Command command, String gatewayId) {
        return new ResponseTopic(command, gatewayId, Optional.empty());
    }

    /**
     * @param command   a command with a sink level
     * @param gatewayId the gateway
     * @param sinkId    the sink
     * @return the topic
     */
    public static ResponseTopic of(Command command, String gatewayId, String sinkId) {
        return new ResponseTopic(command, gatewayId, Optional.of(sinkId));
    }

    /** @return the topic of the request this answers */
    public RequestTopic requestTopic() {
        return new RequestTopic(command, gatewayId, sinkId);
    }

    @Override
    public MessageKind kind() {
        return command.responseKind();
    }

    @Override
    public String path() {
        return CommandTopics.path(TopicLevels.RESPONSE, command, gatewayId, sinkId);
    }

    @Override
    public String toString() {
        return path();
    }
}
