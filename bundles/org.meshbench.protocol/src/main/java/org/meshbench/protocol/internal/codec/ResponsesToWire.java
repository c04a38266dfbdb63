package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.HeadersToWire.response;

import org.meshbench.protocol.internal.wire.WireCommon;
import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.internal.wire.WireData;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.internal.wire.WireOtap;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.ProcessScratchpadResponse;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.SetConfigurationDataItemResponse;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionResponse;
import org.meshbench.protocol.message.UploadScratchpadResponse;

/** The ten responses, API form to generated form. */
final class ResponsesToWire {

    private ResponsesToWire() {
    }

    static void put(Response response, WirepasMessage.Builder w) {
        switch (response) {
            case GetConfigsResponse r -> {
                WireConfig.GetConfigsResp.Builder wire = WireConfig.GetConfigsResp.newBuilder()
                        .setHeader(response(r.header()));
                r.configs().forEach(config -> wire.addConfigs(ConfigsToWire.sinkReadConfig(config)));
                w.setGetConfigsResp(wire.buildPartial());
            }
            case SetConfigResponse r -> w.setSetConfigResp(WireConfig.SetConfigResp.newBuilder()
                    .setHeader(response(r.header())).setConfig(ConfigsToWire.sinkReadConfig(r.config()))
                    .buildPartial());
            case GetGatewayInfoResponse r -> w.setGetGatewayInfoResp(WireConfig.GetGwInfoResp.newBuilder()
                    .setHeader(response(r.header())).setInfo(ConfigsToWire.gatewayInfo(r.info())).buildPartial());
            case SendDataResponse r -> w.setSendPacketResp(
                    WireData.SendPacketResp.newBuilder().setHeader(response(r.header())).buildPartial());
            case GetScratchpadStatusResponse r -> w.setGetScratchpadStatusResp(scratchpadStatus(r));
            case UploadScratchpadResponse r -> w.setUploadScratchpadResp(
                    WireOtap.UploadScratchpadResp.newBuilder().setHeader(response(r.header())).buildPartial());
            case ProcessScratchpadResponse r -> w.setProcessScratchpadResp(
                    WireOtap.ProcessScratchpadResp.newBuilder().setHeader(response(r.header())).buildPartial());
            case SetScratchpadTargetAndActionResponse r -> w.setSetScratchpadTargetAndActionResp(
                    WireOtap.SetScratchpadTargetAndActionResp.newBuilder().setHeader(response(r.header()))
                            .buildPartial());
            case SetConfigurationDataItemResponse r -> w.setSetConfigurationDataItemResp(
                    WireConfig.SetConfigurationDataItemResp.newBuilder().setHeader(response(r.header()))
                            .buildPartial());
            case GetConfigurationDataItemResponse r -> {
                WireConfig.GetConfigurationDataItemResp.Builder wire = WireConfig.GetConfigurationDataItemResp
                        .newBuilder().setHeader(response(r.header()));
                r.configurationDataItem().ifPresent(item -> wire.setConfigurationDataItem(
                        ValuesToWire.configurationDataItem(item)));
                w.setGetConfigurationDataItemResp(wire.buildPartial());
            }
        }
    }

    private static WireOtap.GetScratchpadStatusResp scratchpadStatus(GetScratchpadStatusResponse r) {
        WireOtap.GetScratchpadStatusResp.Builder w = WireOtap.GetScratchpadStatusResp.newBuilder()
                .setHeader(response(r.header()));
        r.storedScratchpad().ifPresent(info -> w.setStoredScratchpad(ValuesToWire.scratchpadInfo(info)));
        r.storedStatus().ifPresent(status -> w.setStoredStatus(
                WireCommon.ScratchpadStatus.forNumber(WireEnums.number(status, "stored_status"))));
        r.storedType().ifPresent(type -> w.setStoredType(
                WireCommon.ScratchpadType.forNumber(WireEnums.number(type, "stored_type"))));
        r.processedScratchpad().ifPresent(info -> w.setProcessedScratchpad(ValuesToWire.scratchpadInfo(info)));
        r.firmwareAreaId().ifPresent(id -> w.setFirmwareAreaId(WireScalars.u32Bits(id)));
        r.targetAndAction().ifPresent(target -> w.setTargetAndAction(ValuesToWire.targetAndAction(target)));
        return w.buildPartial();
    }
}
