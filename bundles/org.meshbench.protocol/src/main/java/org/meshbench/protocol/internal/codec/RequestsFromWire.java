package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.HeadersFromWire.request;
import static org.meshbench.protocol.internal.codec.WireScalars.u32;

import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.internal.wire.WireData;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.internal.wire.WireOtap;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.GetGatewayInfoRequest;
import org.meshbench.protocol.message.GetScratchpadStatusRequest;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.message.ProcessScratchpadRequest;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.UploadScratchpadRequest;

/** The ten requests, generated form to API form. */
final class RequestsFromWire {

    private RequestsFromWire() {
    }

    static Request convert(MessageKind kind, WirepasMessage w) {
        return switch (kind) {
            case GET_CONFIGS_REQUEST -> new GetConfigsRequest(request(w.getGetConfigsReq().getHeader()));
            case SET_CONFIG_REQUEST -> setConfig(w.getSetConfigReq());
            case GET_GATEWAY_INFO_REQUEST -> new GetGatewayInfoRequest(request(w.getGetGatewayInfoReq().getHeader()));
            case SEND_DATA_REQUEST -> sendData(w.getSendPacketReq());
            case GET_SCRATCHPAD_STATUS_REQUEST ->
                new GetScratchpadStatusRequest(request(w.getGetScratchpadStatusReq().getHeader()));
            case UPLOAD_SCRATCHPAD_REQUEST -> upload(w.getUploadScratchpadReq());
            case PROCESS_SCRATCHPAD_REQUEST ->
                new ProcessScratchpadRequest(request(w.getProcessScratchpadReq().getHeader()));
            case SET_SCRATCHPAD_TARGET_AND_ACTION_REQUEST -> new SetScratchpadTargetAndActionRequest(
                    request(w.getSetScratchpadTargetAndActionReq().getHeader()),
                    ValuesFromWire.targetAndAction(w.getSetScratchpadTargetAndActionReq().getTargetAndAction()));
            case SET_CONFIGURATION_DATA_ITEM_REQUEST -> setDataItem(w.getSetConfigurationDataItemReq());
            case GET_CONFIGURATION_DATA_ITEM_REQUEST -> new GetConfigurationDataItemRequest(
                    request(w.getGetConfigurationDataItemReq().getHeader()),
                    u32(w.getGetConfigurationDataItemReq().getEndpoint()));
            default -> throw new IllegalArgumentException(kind + " is not a request");
        };
    }

    private static SetConfigRequest setConfig(WireConfig.SetConfigReq w) {
        return new SetConfigRequest(request(w.getHeader()), ConfigsFromWire.sinkNewConfig(w.getConfig()));
    }

    private static SendDataRequest sendData(WireData.SendPacketReq w) {
        return new SendDataRequest(request(w.getHeader()), u32(w.getDestinationAddress()),
                u32(w.getSourceEndpoint()), u32(w.getDestinationEndpoint()), u32(w.getQos()),
                WireScalars.bytes(w.getPayload()), u32(w.hasInitialDelayMs(), w.getInitialDelayMs()),
                WireScalars.bool(w.hasIsUnackCsmaCa(), w.getIsUnackCsmaCa()), u32(w.hasHopLimit(), w.getHopLimit()));
    }

    private static UploadScratchpadRequest upload(WireOtap.UploadScratchpadReq w) {
        return new UploadScratchpadRequest(request(w.getHeader()), u32(w.getSeq()),
                WireScalars.bytes(w.hasScratchpad(), w.getScratchpad()),
                ConfigsFromWire.message(w.hasChunkInfo(), w.getChunkInfo(), ValuesFromWire::chunkInfo));
    }

    private static SetConfigurationDataItemRequest setDataItem(WireConfig.SetConfigurationDataItemReq w) {
        return new SetConfigurationDataItemRequest(request(w.getHeader()),
                ValuesFromWire.configurationDataItem(w.getConfigurationDataItem()));
    }
}
