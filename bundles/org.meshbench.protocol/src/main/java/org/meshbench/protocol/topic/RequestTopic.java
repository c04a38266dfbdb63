package org.meshbench.protocol.topic;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.MessageKind;

/**
 * A request topic: {@code gw-request/<command>/<gw>} or {@code gw-request/<command>/<gw>/<sink>},
 * depending on {@link Command#hasSinkLevel()}.
 *
 * @param command   the command (not null)
 * @param gatewayId the gateway the request goes to
 * @param sinkId    the sink, present exactly when the command has a sink level
 */
public record RequestTopic(Command command, String gatewayId, Optional<String> sinkId) implements Topic {

    /**
     * Checks the ids and that the sink level matches the command.
     *
     * @throws IllegalArgumentException naming the id or the command when they do not fit
     */
    public RequestTopic {
        Objects.requireNonNull(command, "command");
        TopicLevels.gateway(gatewayId);
        CommandTopics.checkSink(command, sinkId);
    }

    /**
     * @param command   a command without sink level (get_configs, get_gw_info)
     * @param gatewayId the gateway
     * @return the topic
     */
    public static RequestTopic of(Command command, String gatewayId) {
        return new RequestTopic(command, gatewayId, Optional.empty());
    }

    /**
     * @param command   a command with a sink level
     * @param gatewayId the gateway
     * @param sinkId    the sink
     * @return the topic
     */
    public static RequestTopic of(Command command, String gatewayId, String sinkId) {
        return new RequestTopic(command, gatewayId, Optional.of(sinkId));
    }

    /** @return the topic the gateway answers on */
    public ResponseTopic responseTopic() {
        return new ResponseTopic(command, gatewayId, sinkId);
    }

    @Override
    public MessageKind kind() {
        return command.requestKind();
    }

    @Override
    public String path() {
        return CommandTopics.path(TopicLevels.REQUEST, command, gatewayId, sinkId);
    }

    @Override
    public String toString() {
        return path();
    }
}
