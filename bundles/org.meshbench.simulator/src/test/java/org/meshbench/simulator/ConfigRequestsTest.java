package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.simulator.testsupport.TestGateway.REQ_ID;
import static org.meshbench.simulator.testsupport.TestGateway.header;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetGatewayInfoRequest;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

class ConfigRequestsTest {

    private final MutableClock clock = new MutableClock();
    private final TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).build());

    @Test
    void getConfigsAnswersOnTheResponseTopicWithEverySink() {
        List<DecodedMessage> published = gateway.send(new GetConfigsRequest(RequestHeader.of(REQ_ID)));

        assertEquals(1, published.size());
        assertEquals("gw-response/get_configs/sim-gw-0", published.get(0).topic().path());
        GetConfigsResponse response = assertInstanceOf(GetConfigsResponse.class, published.get(0).message());
        assertEquals(REQ_ID, response.header().reqId());
        assertEquals("sim-gw-0", response.header().gwId());
        assertEquals(ResultCode.OK, response.header().res());
        assertEquals(gateway.behaviour().sinkConfigs(), response.configs());
    }

    @Test
    void gatewayInfoGivesTimeApiVersionAndScratchpadLimit() {
        clock.advance(Duration.ofSeconds(90));

        GatewayInfo info = gateway.answer(new GetGatewayInfoRequest(RequestHeader.of(REQ_ID)),
                GetGatewayInfoResponse.class).info();

        assertEquals(MutableClock.START.getEpochSecond() + 90, info.currentTimeSEpoch());
        assertEquals(OptionalLong.of(2), info.implementedApiVersion());
        assertEquals(OptionalLong.of(64 * 1024), info.maxScratchpadSize());
        assertEquals(Optional.of("meshbench-simulator"), info.gwModel());
    }

    @Test
    void aChangeIsReadBackAndFollowedByStatusAndUnsolicitedResponses() {
        SinkNewConfig change = SinkNewConfig.builder("sink1").networkChannel(7).build();

        List<DecodedMessage> published = gateway.send(new SetConfigRequest(header("sink1"), change));

        assertEquals(4, published.size());
        SetConfigResponse response = assertInstanceOf(SetConfigResponse.class, published.get(0).message());
        assertEquals("gw-response/set_config/sim-gw-0/sink1", published.get(0).topic().path());
        assertEquals(REQ_ID, response.header().reqId());
        assertEquals(Optional.of("sink1"), response.header().sinkId());
        assertEquals(OptionalLong.of(7), response.config().networkChannel());
        StatusEvent status = assertInstanceOf(StatusEvent.class, published.get(1).message());
        assertEquals(OptionalLong.of(7), status.configs().get(1).networkChannel());
        GetConfigsResponse configs = assertInstanceOf(GetConfigsResponse.class, published.get(2).message());
        assertTrue(configs.header().isUnsolicited());
        SetConfigResponse changed = assertInstanceOf(SetConfigResponse.class, published.get(3).message());
        assertTrue(changed.header().isUnsolicited());
        assertEquals("gw-response/set_config/sim-gw-0/sink1", published.get(3).topic().path());
    }

    @Test
    void anUnchangedConfigurationPublishesNoStatus() {
        long channel = gateway.config("sink0").networkChannel().orElseThrow();

        List<DecodedMessage> published = gateway.send(new SetConfigRequest(header("sink0"),
                SinkNewConfig.builder("sink0").networkChannel(channel).build()));

        assertEquals(1, published.size());
    }

    @Test
    void unknownSinkIsInvalidSinkIdWithTheNamedSinkOnly() {
        SetConfigResponse response = gateway.answer(new SetConfigRequest(header("sink9"),
                SinkNewConfig.builder("sink9").networkChannel(3).build()), SetConfigResponse.class);

        assertEquals(ResultCode.INVALID_SINK_ID, response.header().res());
        assertEquals("sink9", response.config().sinkId());
        assertTrue(response.config().networkChannel().isEmpty());
    }
}
