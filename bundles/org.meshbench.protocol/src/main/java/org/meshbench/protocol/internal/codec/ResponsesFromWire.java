package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.HeadersFromWire.response;

import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.internal.wire.WireOtap;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.message.ProcessScratchpadResponse;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.SetConfigurationDataItemResponse;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionResponse;
import org.meshbench.protocol.message.UploadScratchpadResponse;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;

/** The ten responses, generated form to API form. */
final class ResponsesFromWire {

    private ResponsesFromWire() {
    }

    static Response convert(MessageKind kind, WirepasMessage w) {
        return switch (kind) {
            case GET_CONFIGS_RESPONSE -> new GetConfigsResponse(response(w.getGetConfigsResp().getHeader()),
                    w.getGetConfigsResp().getConfigsList().stream().map(ConfigsFromWire::sinkReadConfig).toList());
            case SET_CONFIG_RESPONSE -> new SetConfigResponse(response(w.getSetConfigResp().getHeader()),
                    ConfigsFromWire.sinkReadConfig(w.getSetConfigResp().getConfig()));
            case GET_GATEWAY_INFO_RESPONSE -> new GetGatewayInfoResponse(
                    response(w.getGetGatewayInfoResp().getHeader()),
                    ConfigsFromWire.gatewayInfo(w.getGetGatewayInfoResp().getInfo()));
            case SEND_DATA_RESPONSE -> new SendDataResponse(response(w.getSendPacketResp().getHeader()));
            case GET_SCRATCHPAD_STATUS_RESPONSE -> scratchpadStatus(w.getGetScratchpadStatusResp());
            case UPLOAD_SCRATCHPAD_RESPONSE ->
                new UploadScratchpadResponse(response(w.getUploadScratchpadResp().getHeader()));
            case PROCESS_SCRATCHPAD_RESPONSE ->
                new ProcessScratchpadResponse(response(w.getProcessScratchpadResp().getHeader()));
            case SET_SCRATCHPAD_TARGET_AND_ACTION_RESPONSE -> new SetScratchpadTargetAndActionResponse(
                    response(w.getSetScratchpadTargetAndActionResp().getHeader()));
            case SET_CONFIGURATION_DATA_ITEM_RESPONSE -> new SetConfigurationDataItemResponse(
                    response(w.getSetConfigurationDataItemResp().getHeader()));
            case GET_CONFIGURATION_DATA_ITEM_RESPONSE -> new GetConfigurationDataItemResponse(
                    response(w.getGetConfigurationDataItemResp().getHeader()),
                    ConfigsFromWire.message(w.getGetConfigurationDataItemResp().hasConfigurationDataItem(),
                            w.getGetConfigurationDataItemResp().getConfigurationDataItem(),
                            ValuesFromWire::configurationDataItem));
            default -> throw new IllegalArgumentException(kind + " is not a response");
        };
    }

    private static GetScratchpadStatusResponse scratchpadStatus(WireOtap.GetScratchpadStatusResp w) {
        return new GetScratchpadStatusResponse(response(w.getHeader()),
                ConfigsFromWire.message(w.hasStoredScratchpad(), w.getStoredScratchpad(),
                        ValuesFromWire::scratchpadInfo),
                WireEnums.optional(w.hasStoredStatus(), w.getStoredStatus(), w,
                        WireOtap.GetScratchpadStatusResp.STORED_STATUS_FIELD_NUMBER)
                        .map(ScratchpadStatus::fromWireValue),
                WireEnums.optional(w.hasStoredType(), w.getStoredType(), w,
                        WireOtap.GetScratchpadStatusResp.STORED_TYPE_FIELD_NUMBER)
                        .map(ScratchpadType::fromWireValue),
                ConfigsFromWire.message(w.hasProcessedScratchpad(), w.getProcessedScratchpad(),
                        ValuesFromWire::scratchpadInfo),
                WireScalars.u32(w.hasFirmwareAreaId(), w.getFirmwareAreaId()),
                ConfigsFromWire.message(w.hasTargetAndAction(), w.getTargetAndAction(),
                        ValuesFromWire::targetAndAction));
    }
}
