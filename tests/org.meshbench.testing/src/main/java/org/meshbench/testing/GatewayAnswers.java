package org.meshbench.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.ProcessScratchpadResponse;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetConfigurationDataItemResponse;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionResponse;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.message.UploadScratchpadResponse;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.SinkReadConfig;

/**
 * Answers each request as a Wirepas gateway does: unknown sinks get INVALID_SINK_ID, a hop limit
 * above 15 INVALID_MAX_HOP_COUNT, processing without scratchpad NO_SCRATCHPAD_PRESENT, and chunks
 * out of order or too large the chunk errors. Thread-safe.
 */
final class GatewayAnswers {
    private static final long MAX_HOP_LIMIT = 15;

    private final String gatewayId;
    private final GatewayInfo info;
    private final SinkConfigs sinks;
    private final Map<String, SinkStorage> storage = new ConcurrentHashMap<>();

    GatewayAnswers(String gatewayId, GatewayInfo info, SinkConfigs sinks) {
        this.gatewayId = gatewayId;
        this.info = info;
        this.sinks = sinks;
    }

    Optional<SinkStorage> storage(String sinkId) {
        return sinks.get(sinkId).map(sink -> storage.computeIfAbsent(sinkId,
                id -> new SinkStorage(info.maxScratchpadSize().orElse(Long.MAX_VALUE))));
    }

    Response answer(Command command, Request request, Optional<ResultCode> forced) {
        Optional<String> sinkId = request.header().sinkId();
        ResultCode result = forced.orElseGet(() -> command.hasSinkLevel() && storage(sinkId.orElseThrow()).isEmpty()
                ? ResultCode.INVALID_SINK_ID : perform(command, request));
        ResponseHeader header = new ResponseHeader(request.header().reqId(), gatewayId, sinkId, result,
                OptionalLong.of(Instant.now().toEpochMilli()));
        return switch (command) {
            case GET_CONFIGS -> new GetConfigsResponse(header, sinks.all());
            case SET_CONFIG -> new SetConfigResponse(header, sinks.get(sinkId.orElseThrow())
                    .orElseGet(() -> SinkReadConfig.builder(sinkId.get()).build()));
            case GET_GW_INFO -> new GetGatewayInfoResponse(header, info);
            case SEND_DATA -> new SendDataResponse(header);
            case OTAP_STATUS -> scratchpadStatus(header, storage(sinkId.orElseThrow()));
            case OTAP_LOAD_SCRATCHPAD -> new UploadScratchpadResponse(header);
            case OTAP_PROCESS_SCRATCHPAD -> new ProcessScratchpadResponse(header);
            case OTAP_SET_TARGET_SCRATCHPAD -> new SetScratchpadTargetAndActionResponse(header);
            case SET_CONFIGURATION_DATA_ITEM -> new SetConfigurationDataItemResponse(header);
            case GET_CONFIGURATION_DATA_ITEM -> new GetConfigurationDataItemResponse(header, storage(sinkId.get())
                    .flatMap(sink -> sink.item(((GetConfigurationDataItemRequest) request).endpoint())));
        };
    }

    /** Carries out a request for a known sink (or the gateway) and gives its result. */
    private ResultCode perform(Command command, Request request) {
        return switch (request) {
            case SetConfigRequest set -> sinks.apply(set.config()).isPresent() ? ResultCode.OK
                    : ResultCode.INVALID_SINK_ID;
            case SendDataRequest data -> data.hopLimit().orElse(0) > MAX_HOP_LIMIT ? ResultCode.INVALID_MAX_HOP_COUNT
                    : ResultCode.OK;
            case UploadScratchpadRequest upload -> sinkStorage(request).upload(upload);
            case SetScratchpadTargetAndActionRequest target -> {
                sinkStorage(request).target(target.targetAndAction());
                yield ResultCode.OK;
            }
            case SetConfigurationDataItemRequest item -> {
                sinkStorage(request).item(item.configurationDataItem());
                yield ResultCode.OK;
            }
            default -> command == Command.OTAP_PROCESS_SCRATCHPAD && sinkStorage(request).scratchpad().isEmpty()
                    ? ResultCode.NO_SCRATCHPAD_PRESENT : ResultCode.OK;
        };
    }

    private SinkStorage sinkStorage(Request request) {
        return storage(request.header().sinkId().orElseThrow()).orElseThrow();
    }

    private static GetScratchpadStatusResponse scratchpadStatus(ResponseHeader header, Optional<SinkStorage> sink) {
        Optional<Bytes> stored = sink.flatMap(SinkStorage::scratchpad);
        Optional<ScratchpadInfo> info = stored.map(data -> new ScratchpadInfo(data.size(), crc(data),
                sink.get().scratchpadSeq()));
        return new GetScratchpadStatusResponse(header, info,
                Optional.of(stored.isPresent() ? ScratchpadStatus.NEW : ScratchpadStatus.SUCCESS),
                Optional.of(stored.isPresent() ? ScratchpadType.PRESENT : ScratchpadType.BLANK), Optional.empty(),
                OptionalLong.of(1), sink.flatMap(SinkStorage::target));
    }

    /** A 16-bit checksum, enough for tests to tell images apart (not the Wirepas CRC). */
    private static long crc(Bytes data) {
        int sum = 0;
        for (byte b : data.toByteArray()) {
            sum = (sum * 31 + (b & 0xFF)) & 0xFFFF;
        }
        return sum;
    }
}
