package org.meshbench.protocol.message;

import java.util.Optional;

/**
 * A request/response pair of the API, named as in its topics: {@code gw-request/<command>/…} and
 * the twin {@code gw-response/<command>/…}.
 */
public enum Command {

    GET_CONFIGS("get_configs", false),
    SET_CONFIG("set_config", true),
    GET_GW_INFO("get_gw_info", false),
    SEND_DATA("send_data", true),
    OTAP_STATUS("otap_status", true),
    OTAP_LOAD_SCRATCHPAD("otap_load_scratchpad", true),
    OTAP_PROCESS_SCRATCHPAD("otap_process_scratchpad", true),
    OTAP_SET_TARGET_SCRATCHPAD("otap_set_target_scratchpad", true),
    SET_CONFIGURATION_DATA_ITEM("set_configuration_data_item", true),
    GET_CONFIGURATION_DATA_ITEM("get_configuration_data_item", true);

    private final String topicName;
    private final boolean sinkLevel;

    Command(String topicName, boolean sinkLevel) {
        this.topicName = topicName;
        this.sinkLevel = sinkLevel;
    }

    /** @return the command's level in the topic, for example {@code send_data} */
    public String topicName() {
        return topicName;
    }

    /**
     * @return whether the topics end with {@code /<gw>/<sink>} (true) or with {@code /<gw>} only
     *         (false: get_configs and get_gw_info)
     */
    public boolean hasSinkLevel() {
        return sinkLevel;
    }

    /** @return the kind of this command's request */
    public MessageKind requestKind() {
        return kindFor(MessageKind.Direction.REQUEST);
    }

    /** @return the kind of this command's response */
    public MessageKind responseKind() {
        return kindFor(MessageKind.Direction.RESPONSE);
    }

    /**
     * @param topicName a topic level such as {@code otap_status}
     * @return the command with that level, if any
     */
    public static Optional<Command> fromTopicName(String topicName) {
        for (Command command : values()) {
            if (command.topicName.equals(topicName)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    private MessageKind kindFor(MessageKind.Direction direction) {
        for (MessageKind kind : MessageKind.values()) {
            if (kind.direction() == direction && kind.command().orElse(null) == this) {
                return kind;
            }
        }
        throw new IllegalStateException("no " + direction + " kind for " + this);
    }
}
