package org.meshbench.protocol.message;

import java.util.Optional;

/**
 * The 22 payload kinds of {@code WirepasMessage}, in field-number order, with their direction
 * and, for requests and responses, their {@link Command}.
 */
public enum MessageKind {

    STATUS_EVENT(1, "status_event", Direction.EVENT, null),
    GET_CONFIGS_REQUEST(2, "get_configs_req", Direction.REQUEST, Command.GET_CONFIGS),
    GET_CONFIGS_RESPONSE(3, "get_configs_resp", Direction.RESPONSE, Command.GET_CONFIGS),
    SET_CONFIG_REQUEST(4, "set_config_req", Direction.REQUEST, Command.SET_CONFIG),
    SET_CONFIG_RESPONSE(5, "set_config_resp", Direction.RESPONSE, Command.SET_CONFIG),
    SEND_DATA_REQUEST(6, "send_packet_req", Direction.REQUEST, Command.SEND_DATA),
    SEND_DATA_RESPONSE(7, "send_packet_resp", Direction.RESPONSE, Command.SEND_DATA),
    RECEIVED_DATA_EVENT(8, "packet_received_event", Direction.EVENT, null),
    GET_SCRATCHPAD_STATUS_REQUEST(9, "get_scratchpad_status_req", Direction.REQUEST, Command.OTAP_STATUS),
    GET_SCRATCHPAD_STATUS_RESPONSE(10, "get_scratchpad_status_resp", Direction.RESPONSE, Command.OTAP_STATUS),
    UPLOAD_SCRATCHPAD_REQUEST(11, "upload_scratchpad_req", Direction.REQUEST, Command.OTAP_LOAD_SCRATCHPAD),
    UPLOAD_SCRATCHPAD_RESPONSE(12, "upload_scratchpad_resp", Direction.RESPONSE, Command.OTAP_LOAD_SCRATCHPAD),
    PROCESS_SCRATCHPAD_REQUEST(13, "process_scratchpad_req", Direction.REQUEST, Command.OTAP_PROCESS_SCRATCHPAD),
    PROCESS_SCRATCHPAD_RESPONSE(14, "process_scratchpad_resp", Direction.RESPONSE,
            Command.OTAP_PROCESS_SCRATCHPAD),
    GET_GATEWAY_INFO_REQUEST(15, "get_gateway_info_req", Direction.REQUEST, Command.GET_GW_INFO),
    GET_GATEWAY_INFO_RESPONSE(16, "get_gateway_info_resp", Direction.RESPONSE, Command.GET_GW_INFO),
    SET_SCRATCHPAD_TARGET_AND_ACTION_REQUEST(17, "set_scratchpad_target_and_action_req", Direction.REQUEST,
            Command.OTAP_SET_TARGET_SCRATCHPAD),
    SET_SCRATCHPAD_TARGET_AND_ACTION_RESPONSE(18, "set_scratchpad_target_and_action_resp", Direction.RESPONSE,
            Command.OTAP_SET_TARGET_SCRATCHPAD),
    SET_CONFIGURATION_DATA_ITEM_REQUEST(19, "set_configuration_data_item_req", Direction.REQUEST,
            Command.SET_CONFIGURATION_DATA_ITEM),
    SET_CONFIGURATION_DATA_ITEM_RESPONSE(20, "set_configuration_data_item_resp", Direction.RESPONSE,
            Command.SET_CONFIGURATION_DATA_ITEM),
    GET_CONFIGURATION_DATA_ITEM_REQUEST(21, "get_configuration_data_item_req", Direction.REQUEST,
            Command.GET_CONFIGURATION_DATA_ITEM),
    GET_CONFIGURATION_DATA_ITEM_RESPONSE(22, "get_configuration_data_item_resp", Direction.RESPONSE,
            Command.GET_CONFIGURATION_DATA_ITEM);

    /** Who sends a kind: requests go from backend to gateway, responses and events back. */
    public enum Direction {
        REQUEST, RESPONSE, EVENT
    }

    private final int wireFieldNumber;
    private final String wireName;
    private final Direction direction;
    private final Command command;

    MessageKind(int wireFieldNumber, String wireName, Direction direction, Command command) {
        this.wireFieldNumber = wireFieldNumber;
        this.wireName = wireName;
        this.direction = direction;
        this.command = command;
    }

    /** @return the number of this kind's field in {@code WirepasMessage} */
    public int wireFieldNumber() {
        return wireFieldNumber;
    }

    /** @return the name of this kind's field in {@code WirepasMessage}, for example {@code send_packet_req} */
    public String wireName() {
        return wireName;
    }

    /** @return who sends this kind */
    public Direction direction() {
        return direction;
    }

    /** @return the command of a request or response; empty for the two events */
    public Optional<Command> command() {
        return Optional.ofNullable(command);
    }
}
