package org.meshbench.protocol.topic;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.message.Command;

/** What request and response topics share: the sink-level rule and the text layout. */
final class CommandTopics {

    private CommandTopics() {
    }

    static void checkSink(Command command, Optional<String> sinkId) {
        Objects.requireNonNull(sinkId, "sinkId");
        if (command.hasSinkLevel() && sinkId.isEmpty()) {
            throw new IllegalArgumentException("command " + command.topicName() + " needs a sink id in its topic");
        }
        if (!command.hasSinkLevel() && sinkId.isPresent()) {
            throw new IllegalArgumentException("command " + command.topicName()
                    + " has no sink level in its topic, but sink id \"" + sinkId.get() + "\" was given");
        }
        sinkId.ifPresent(TopicLevels::sink);
    }

    static String path(String prefix, Command command, String gatewayId, Optional<String> sinkId) {
        String base = prefix + "/" + command.topicName() + "/" + gatewayId;
        return sinkId.map(sink -> base + "/" + sink).orElse(base);
    }
}
