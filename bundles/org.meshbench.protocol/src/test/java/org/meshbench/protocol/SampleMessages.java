package org.meshbench.protocol;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.GatewayMessage;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.GetGatewayInfoRequest;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.GetScratchpadStatusRequest;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.ProcessScratchpadRequest;
import org.meshbench.protocol.message.ProcessScratchpadResponse;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetConfigurationDataItemResponse;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionResponse;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.message.UploadScratchpadResponse;
import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChannelRange;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.NetworkKeys;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.RoleFlag;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.SecurityKeys;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * Every message kind twice: with every optional field set (extreme values where it matters:
 * uint32 max, uint64 above 2^63) and with none set. All address gateway gw1, sink sink0.
 */
final class SampleMessages {

    static final String GATEWAY = "gw1";
    static final String SINK = "sink0";
    static final long UINT32_MAX = 0xFFFF_FFFFL;
    /** 2^63 + 5: must survive as an unsigned 64-bit number. */
    static final long LARGE_UINT64 = Long.MIN_VALUE + 5;

    private SampleMessages() {
    }

    static List<GatewayMessage> full() {
        RequestHeader request = new RequestHeader(LARGE_UINT64, Optional.of(SINK), OptionalLong.of(1_700_000_000_000L));
        ResponseHeader response = new ResponseHeader(-1L, GATEWAY, Optional.of(SINK),
                ResultCode.INVALID_SEQUENCE_NUMBER,
                OptionalLong.of(1_700_000_000_001L));
        EventHeader event = new EventHeader(GATEWAY, Optional.of(SINK), LARGE_UINT64, OptionalLong.of(7L));
        return List.of(
                new GetConfigsRequest(request),
                new GetConfigsResponse(response, List.of(fullReadConfig(), SinkReadConfig.builder("sink1").build())),
                new SetConfigRequest(request, fullNewConfig()),
                new SetConfigResponse(response, fullReadConfig()),
                new GetGatewayInfoRequest(request),
                new GetGatewayInfoResponse(response, new GatewayInfo(LARGE_UINT64, Optional.of("model"),
                        Optional.of("1.2.3"), OptionalLong.of(2), OptionalLong.of(UINT32_MAX),
                        List.of(GatewayFeature.VIRTUAL_NODE_V1, GatewayFeature.UNKNOWN))),
                new SendDataRequest(request, UINT32_MAX, 1, 2, 1, Bytes.of((byte) 0, (byte) 0xFF),
                        OptionalLong.of(250), Optional.of(false), OptionalLong.of(15)),
                new SendDataResponse(response),
                new GetScratchpadStatusRequest(request),
                new GetScratchpadStatusResponse(response, Optional.of(new ScratchpadInfo(1024, 0xBEEF, 7)),
                        Optional.of(ScratchpadStatus.ERROR), Optional.of(ScratchpadType.BLANK),
                        Optional.of(new ScratchpadInfo(0, 0, 0)), OptionalLong.of(UINT32_MAX),
                        Optional.of(delayedTarget())),
                new UploadScratchpadRequest(request, 254, Optional.of(Bytes.of(new byte[300])),
                        Optional.of(new ChunkInfo(600, 300))),
                new UploadScratchpadResponse(response),
                new ProcessScratchpadRequest(request),
                new ProcessScratchpadResponse(response),
                new SetScratchpadTargetAndActionRequest(request, new TargetScratchpadAndAction(
                        ScratchpadAction.PROPAGATE_ONLY, OptionalLong.of(1), OptionalLong.of(0xFFFF),
                        Optional.of(new ActionParameter.Raw(255)))),
                new SetScratchpadTargetAndActionResponse(response),
                new SetConfigurationDataItemRequest(request, new ConfigurationDataItem(0x20000, Bytes.empty())),
                new SetConfigurationDataItemResponse(response),
                new GetConfigurationDataItemRequest(request, UINT32_MAX),
                new GetConfigurationDataItemResponse(response,
                        Optional.of(new ConfigurationDataItem(32, Bytes.of((byte) 1, (byte) 2)))),
                new StatusEvent(new EventHeader(GATEWAY, Optional.empty(), 1, OptionalLong.of(2)),
                        StatusEvent.CURRENT_VERSION, OnOffState.ON, List.of(fullReadConfig()), Optional.of("model"),
                        Optional.of(""), OptionalLong.of(512),
                        List.of(GatewayFeature.SCRATCHPAD_CHUNK_V1, GatewayFeature.CONFIGURATION_DATA_V1)),
                new ReceivedDataEvent(event, UINT32_MAX, 0, 255, 255, UINT32_MAX, LARGE_UINT64, 1,
                        Optional.of(Bytes.of((byte) 0x42)), OptionalLong.of(1), OptionalLong.of(15),
                        OptionalLong.of(0xFFFFFF)));
    }

    static List<GatewayMessage> minimal() {
        RequestHeader request = RequestHeader.of(1);
        ResponseHeader response = new ResponseHeader(0, GATEWAY, Optional.empty(), ResultCode.OK, OptionalLong.empty());
        EventHeader event = new EventHeader(GATEWAY, Optional.empty(), 0, OptionalLong.empty());
        return List.of(
                new GetConfigsRequest(request),
                new GetConfigsResponse(response, List.of()),
                new SetConfigRequest(request, SinkNewConfig.builder(SINK).build()),
                new SetConfigResponse(response, SinkReadConfig.builder(SINK).build()),
                new GetGatewayInfoRequest(request),
                new GetGatewayInfoResponse(response, new GatewayInfo(0, Optional.empty(), Optional.empty(),
                        OptionalLong.empty(), OptionalLong.empty(), List.of())),
                new SendDataRequest(request, 0, 0, 0, 0, Bytes.empty(), OptionalLong.empty(), Optional.empty(),
                        OptionalLong.empty()),
                new SendDataResponse(response),
                new GetScratchpadStatusRequest(request),
                new GetScratchpadStatusResponse(response, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), OptionalLong.empty(), Optional.empty()),
                new UploadScratchpadRequest(request, 0, Optional.empty(), Optional.empty()),
                new UploadScratchpadResponse(response),
                new ProcessScratchpadRequest(request),
                new ProcessScratchpadResponse(response),
                new SetScratchpadTargetAndActionRequest(request,
                        TargetScratchpadAndAction.of(ScratchpadAction.NO_OTAP)),
                new SetScratchpadTargetAndActionResponse(response),
                new SetConfigurationDataItemRequest(request, new ConfigurationDataItem(0, Bytes.empty())),
                new SetConfigurationDataItemResponse(response),
                new GetConfigurationDataItemRequest(request, 0),
                new GetConfigurationDataItemResponse(response, Optional.empty()),
                new StatusEvent(event, 1, OnOffState.OFF, List.of(), Optional.empty(), Optional.empty(),
                        OptionalLong.empty(), List.of()),
                new ReceivedDataEvent(event, 0, 0, 0, 0, 0, 0, 0, Optional.empty(), OptionalLong.empty(),
                        OptionalLong.empty(), OptionalLong.empty()));
    }

    static SinkReadConfig fullReadConfig() {
        return SinkReadConfig.builder(SINK)
                .nodeRole(NodeRole.of(BaseRole.SINK, RoleFlag.AUTOROLE, RoleFlag.LOW_LATENCY))
                .nodeAddress(UINT32_MAX).networkAddress(LARGE_UINT64).networkChannel(40)
                .appConfig(new AppConfigData(UINT32_MAX, Bytes.of((byte) 0xF6, (byte) 0x7E), 255))
                .channelMap(0x11111111).areKeysSet(false)
                .currentAcRange(new AccessCycleRange(2000, 8000)).acLimits(new AccessCycleRange(2000, 8000))
                .maxMtu(102).channelLimits(new ChannelRange(1, 40)).hwMagic(3).stackProfile(1).appConfigMaxSize(80)
                .firmwareVersion(new FirmwareVersion(5, 4, 0, 120)).sinkState(OnOffState.OFF)
                .storedScratchpad(new ScratchpadInfo(65536, 0xBEEF, 33)).storedStatus(ScratchpadStatus.NEW)
                .storedType(ScratchpadType.PROCESS).processedScratchpad(new ScratchpadInfo(60000, 0x1234, 32))
                .firmwareAreaId(0x123456).targetAndAction(delayedTarget())
                .configurationDataContent(List.of(new ConfigurationDataItem(1, Bytes.of((byte) 0xA1)),
                        new ConfigurationDataItem(4660, Bytes.empty())))
                .build();
    }

    static SinkNewConfig fullNewConfig() {
        Bytes key = Bytes.fromHex("000102030405060708090a0b0c0d0e0f");
        return SinkNewConfig.builder(SINK)
                .nodeRole(NodeRole.of(BaseRole.NON_ROUTER)).nodeAddress(16).networkAddress(0x1AB2C3)
                .networkChannel(13).appConfig(new AppConfigData(300, Bytes.empty(), 12)).channelMap(3)
                .keys(new NetworkKeys(key, key)).currentAcRange(new AccessCycleRange(4000, 4000))
                .sinkState(OnOffState.ON).networkKeys(new SecurityKeys(key, key, 2))
                .managementKeys(new SecurityKeys(key, Bytes.empty(), UINT32_MAX))
                .build();
    }

    private static TargetScratchpadAndAction delayedTarget() {
        return new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY, OptionalLong.of(18),
                OptionalLong.of(0xFFFF), Optional.of(new ActionParameter.Delay(ProcessingDelay.FIVE_DAYS)));
    }
}
