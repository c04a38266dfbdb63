package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.meshbench.simulator.testsupport.TestGateway.header;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.ProcessScratchpadRequest;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.NetworkKeys;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** Every error code a request can earn, each from the smallest request that earns it. */
class ValidationTest {

    private static final ValidationMode OFFICIAL = ValidationMode.OFFICIAL;
    private static final ValidationMode STRICT = ValidationMode.STRICT;
    private static final ScratchpadAction WITH_DELAY = ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY;

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of(ResultCode.INVALID_SINK_ID, OFFICIAL, dataThrough("sink7")),
                Arguments.of(ResultCode.INVALID_ROLE, STRICT, config(SinkNewConfig.builder("sink0")
                        .nodeRole(NodeRole.of(BaseRole.ROUTER)))),
                Arguments.of(ResultCode.INVALID_NETWORK_ADDRESS, OFFICIAL, config(SinkNewConfig.builder("sink0")
                        .networkAddress(0x100_0000L))),
                Arguments.of(ResultCode.INVALID_NETWORK_ADDRESS, OFFICIAL, config(SinkNewConfig.builder("sink0")
                        .networkAddress(0))),
                Arguments.of(ResultCode.INVALID_NETWORK_CHANNEL, OFFICIAL, config(SinkNewConfig.builder("sink0")
                        .networkChannel(41))),
                Arguments.of(ResultCode.INVALID_AC_RANGE, OFFICIAL, config(SinkNewConfig.builder("sink0")
                        .currentAcRange(new AccessCycleRange(8000, 2000)))),
                Arguments.of(ResultCode.INVALID_NETWORK_KEYS, OFFICIAL, config(SinkNewConfig.builder("sink0")
                        .keys(new NetworkKeys(Bytes.of(new byte[15]), Bytes.of(new byte[16]))))),
                Arguments.of(ResultCode.INVALID_APP_CONFIG, OFFICIAL, appConfig(60, 81, 2)),
                Arguments.of(ResultCode.INVALID_DIAG_INTERVAL, OFFICIAL, appConfig(45, 4, 2)),
                Arguments.of(ResultCode.INVALID_SEQUENCE_NUMBER, OFFICIAL, appConfig(60, 4, 255)),
                Arguments.of(ResultCode.INVALID_MAX_HOP_COUNT, OFFICIAL, dataWithHopLimit(16)),
                Arguments.of(ResultCode.INVALID_SRC_ENDPOINT, OFFICIAL, data(256, 1, 0, 1)),
                Arguments.of(ResultCode.INVALID_DEST_ENDPOINT, OFFICIAL, data(1, 256, 0, 1)),
                Arguments.of(ResultCode.INVALID_QOS, OFFICIAL, data(1, 1, 2, 1)),
                Arguments.of(ResultCode.INVALID_DATA_PAYLOAD, OFFICIAL, data(1, 1, 0, 103)),
                Arguments.of(ResultCode.INVALID_DATA_PAYLOAD, STRICT, data(1, 1, 0, 0)),
                Arguments.of(ResultCode.INVALID_SEQUENCE_NUMBER, OFFICIAL, upload(0, 32, Optional.empty())),
                Arguments.of(ResultCode.INVALID_SEQUENCE_NUMBER, OFFICIAL, upload(255, 32, Optional.empty())),
                Arguments.of(ResultCode.INVALID_SCRATCHPAD_SIZE, OFFICIAL, upload(1, 33, Optional.empty())),
                Arguments.of(ResultCode.INVALID_SCRATCHPAD_SIZE, OFFICIAL, upload(1, 64 * 1024 + 16, Optional.empty())),
                Arguments.of(ResultCode.INVALID_SCRATCHPAD_SIZE, OFFICIAL,
                        upload(1, 16, Optional.of(new ChunkInfo(2 * 1024 * 1024, 0)))),
                Arguments.of(ResultCode.INVALID_SCRATCHPAD_CHUNK_OFFSET, STRICT,
                        upload(1, 16, Optional.of(new ChunkInfo(64, 16)))),
                Arguments.of(ResultCode.INVALID_SCRATCHPAD_CHUNK_SIZE, STRICT,
                        upload(1, 80, Optional.of(new ChunkInfo(64, 0)))),
                Arguments.of(ResultCode.NO_SCRATCHPAD_PRESENT, OFFICIAL, new ProcessScratchpadRequest(header("sink0"))),
                Arguments.of(ResultCode.INVALID_PARAM, OFFICIAL, target(ScratchpadAction.PROPAGATE_ONLY,
                        OptionalLong.of(256), OptionalLong.empty(), Optional.empty())),
                Arguments.of(ResultCode.INVALID_PARAM, OFFICIAL, target(ScratchpadAction.PROPAGATE_ONLY,
                        OptionalLong.of(1), OptionalLong.of(0x10000), Optional.empty())),
                Arguments.of(ResultCode.INVALID_PARAM, OFFICIAL, target(WITH_DELAY,
                        OptionalLong.empty(), OptionalLong.empty(), Optional.of(new ActionParameter.Raw(256)))),
                Arguments.of(ResultCode.INVALID_PARAM, OFFICIAL, target(WITH_DELAY,
                        OptionalLong.empty(), OptionalLong.empty(), Optional.empty())),
                Arguments.of(ResultCode.INVALID_SEQUENCE_NUMBER, STRICT, target(ScratchpadAction.PROPAGATE_ONLY,
                        OptionalLong.of(0), OptionalLong.empty(), Optional.empty())),
                Arguments.of(ResultCode.SINK_OUT_OF_MEMORY, OFFICIAL, new SetConfigurationDataItemRequest(
                        header("sink0"), new ConfigurationDataItem(3, Bytes.of(new byte[1025])))),
                Arguments.of(ResultCode.INVALID_SINK_ID, OFFICIAL,
                        new GetConfigurationDataItemRequest(header("sink7"), 3)));
    }

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @MethodSource("invalidRequests")
    void invalidRequestGetsItsErrorCode(ResultCode expected, ValidationMode mode, Request request) {
        MutableClock clock = new MutableClock();
        TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).validation(mode).build());

        Response response = assertInstanceOf(Response.class, gateway.send(request).get(0).message());

        assertEquals(expected, response.header().res());
        assertEquals(TestGateway.REQ_ID, response.header().reqId());
    }

    private static SendDataRequest data(long sourceEndpoint, long destinationEndpoint, long qos, int payloadSize) {
        return new SendDataRequest(header("sink0"), 1, sourceEndpoint, destinationEndpoint, qos,
                Bytes.of(new byte[payloadSize]), OptionalLong.empty(), Optional.empty(), OptionalLong.empty());
    }

    private static SendDataRequest dataWithHopLimit(long hopLimit) {
        return new SendDataRequest(header("sink0"), 1, 1, 1, 0, Bytes.of((byte) 1), OptionalLong.empty(),
                Optional.empty(), OptionalLong.of(hopLimit));
    }

    private static SendDataRequest dataThrough(String sink) {
        return new SendDataRequest(header(sink), 1, 1, 1, 0, Bytes.of((byte) 1), OptionalLong.empty(),
                Optional.empty(), OptionalLong.empty());
    }

    private static SetConfigRequest config(SinkNewConfig.Builder config) {
        return new SetConfigRequest(header("sink0"), config.build());
    }

    private static SetConfigRequest appConfig(long diagInterval, int size, long seq) {
        return config(SinkNewConfig.builder("sink0")
                .appConfig(new AppConfigData(diagInterval, Bytes.of(new byte[size]), seq)));
    }

    private static UploadScratchpadRequest upload(long seq, int size, Optional<ChunkInfo> chunk) {
        return new UploadScratchpadRequest(header("sink0"), seq, Optional.of(Bytes.of(new byte[size])), chunk);
    }

    private static SetScratchpadTargetAndActionRequest target(ScratchpadAction action, OptionalLong sequence,
            OptionalLong crc, Optional<ActionParameter> param) {
        return new SetScratchpadTargetAndActionRequest(header("sink0"),
                new TargetScratchpadAndAction(action, sequence, crc, param));
    }
}
