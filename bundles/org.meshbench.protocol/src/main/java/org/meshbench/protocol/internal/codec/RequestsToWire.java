package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.HeadersToWire.request;
import static org.meshbench.protocol.internal.codec.WireScalars.u32Bits;

import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.internal.wire.WireData;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.internal.wire.WireOtap;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.GetGatewayInfoRequest;
import org.meshbench.protocol.message.GetScratchpadStatusRequest;
import org.meshbench.protocol.message.ProcessScratchpadRequest;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.UploadScratchpadRequest;

/** The ten requests, API form to generated form. */
final class RequestsToWire {

    private RequestsToWire() {
    }

    static void put(Request request, WirepasMessage.Builder w) {
        switch (request) {
            case GetConfigsRequest r -> w.setGetConfigsReq(
                    WireConfig.GetConfigsReq.newBuilder().setHeader(request(r.header())).buildPartial());
            case SetConfigRequest r -> w.setSetConfigReq(WireConfig.SetConfigReq.newBuilder()
                    .setHeader(request(r.header())).setConfig(ConfigsToWire.sinkNewConfig(r.config())).buildPartial());
            case GetGatewayInfoRequest r -> w.setGetGatewayInfoReq(
                    WireConfig.GetGwInfoReq.newBuilder().setHeader(request(r.header())).buildPartial());
            case SendDataRequest r -> w.setSendPacketReq(sendData(r));
            case GetScratchpadStatusRequest r -> w.setGetScratchpadStatusReq(
                    WireOtap.GetScratchpadStatusReq.newBuilder().setHeader(request(r.header())).buildPartial());
            case UploadScratchpadRequest r -> w.setUploadScratchpadReq(upload(r));
            case ProcessScratchpadRequest r -> w.setProcessScratchpadReq(
                    WireOtap.ProcessScratchpadReq.newBuilder().setHeader(request(r.header())).buildPartial());
            case SetScratchpadTargetAndActionRequest r -> w.setSetScratchpadTargetAndActionReq(
                    WireOtap.SetScratchpadTargetAndActionReq.newBuilder().setHeader(request(r.header()))
                            .setTargetAndAction(ValuesToWire.targetAndAction(r.targetAndAction())).buildPartial());
            case SetConfigurationDataItemRequest r -> w.setSetConfigurationDataItemReq(
                    WireConfig.SetConfigurationDataItemReq.newBuilder().setHeader(request(r.header()))
                            .setConfigurationDataItem(ValuesToWire.configurationDataItem(r.configurationDataItem()))
                            .buildPartial());
            case GetConfigurationDataItemRequest r -> w.setGetConfigurationDataItemReq(
                    WireConfig.GetConfigurationDataItemReq.newBuilder().setHeader(request(r.header()))
                            .setEndpoint(u32Bits(r.endpoint())).buildPartial());
        }
    }

    private static WireData.SendPacketReq sendData(SendDataRequest r) {
        WireData.SendPacketReq.Builder w = WireData.SendPacketReq.newBuilder().setHeader(request(r.header()))
                .setDestinationAddress(u32Bits(r.destinationAddress()))
                .setSourceEndpoint(u32Bits(r.sourceEndpoint()))
                .setDestinationEndpoint(u32Bits(r.destinationEndpoint()))
                .setQos(u32Bits(r.qos()))
                .setPayload(WireScalars.byteString(r.payload()));
        r.initialDelayMs().ifPresent(delay -> w.setInitialDelayMs(u32Bits(delay)));
        r.isUnackCsmaCa().ifPresent(w::setIsUnackCsmaCa);
        r.hopLimit().ifPresent(limit -> w.setHopLimit(u32Bits(limit)));
        return w.buildPartial();
    }

    private static WireOtap.UploadScratchpadReq upload(UploadScratchpadRequest r) {
        WireOtap.UploadScratchpadReq.Builder w = WireOtap.UploadScratchpadReq.newBuilder()
                .setHeader(request(r.header())).setSeq(u32Bits(r.seq()));
        r.scratchpad().ifPresent(image -> w.setScratchpad(WireScalars.byteString(image)));
        r.chunkInfo().ifPresent(chunk -> w.setChunkInfo(ValuesToWire.chunkInfo(chunk)));
        return w.buildPartial();
    }
}
