package org.meshbench.protocol.internal.codec;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.message.MessageKind;

/**
 * Which of the 22 payload fields of a {@code WirepasMessage} are set. Asks the generated
 * {@code has…} methods: every received message comes through here, and protobuf's reflective
 * {@code getAllFields} cost about a microsecond per message.
 */
public final class PayloadKinds {
    private static final MessageKind[] KINDS = MessageKind.values();

    private PayloadKinds() {
    }

    /**
     * @param wirepas a parsed message
     * @return the kinds whose field is set, in field-number order
     */
    public static List<MessageKind> setIn(WirepasMessage wirepas) {
        List<MessageKind> kinds = new ArrayList<>(1);
        for (MessageKind kind : KINDS) {
            if (isSet(kind, wirepas)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private static boolean isSet(MessageKind kind, WirepasMessage w) {
        return switch (kind) {
            case STATUS_EVENT -> w.hasStatusEvent();
            case GET_CONFIGS_REQUEST -> w.hasGetConfigsReq();
            case GET_CONFIGS_RESPONSE -> w.hasGetConfigsResp();
            case SET_CONFIG_REQUEST -> w.hasSetConfigReq();
            case SET_CONFIG_RESPONSE -> w.hasSetConfigResp();
            case SEND_DATA_REQUEST -> w.hasSendPacketReq();
            case SEND_DATA_RESPONSE -> w.hasSendPacketResp();
            case RECEIVED_DATA_EVENT -> w.hasPacketReceivedEvent();
            case GET_SCRATCHPAD_STATUS_REQUEST -> w.hasGetScratchpadStatusReq();
            case GET_SCRATCHPAD_STATUS_RESPONSE -> w.hasGetScratchpadStatusResp();
            case UPLOAD_SCRATCHPAD_REQUEST -> w.hasUploadScratchpadReq();
            case UPLOAD_SCRATCHPAD_RESPONSE -> w.hasUploadScratchpadResp();
            case PROCESS_SCRATCHPAD_REQUEST -> w.hasProcessScratchpadReq();
            case PROCESS_SCRATCHPAD_RESPONSE -> w.hasProcessScratchpadResp();
            case GET_GATEWAY_INFO_REQUEST -> w.hasGetGatewayInfoReq();
            case GET_GATEWAY_INFO_RESPONSE -> w.hasGetGatewayInfoResp();
            case SET_SCRATCHPAD_TARGET_AND_ACTION_REQUEST -> w.hasSetScratchpadTargetAndActionReq();
            case SET_SCRATCHPAD_TARGET_AND_ACTION_RESPONSE -> w.hasSetScratchpadTargetAndActionResp();
            case SET_CONFIGURATION_DATA_ITEM_REQUEST -> w.hasSetConfigurationDataItemReq();
            case SET_CONFIGURATION_DATA_ITEM_RESPONSE -> w.hasSetConfigurationDataItemResp();
            case GET_CONFIGURATION_DATA_ITEM_REQUEST -> w.hasGetConfigurationDataItemReq();
            case GET_CONFIGURATION_DATA_ITEM_RESPONSE -> w.hasGetConfigurationDataItemResp();
        };
    }
}
