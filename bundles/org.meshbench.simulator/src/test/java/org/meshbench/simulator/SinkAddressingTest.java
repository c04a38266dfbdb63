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
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GetScratchpadStatusRequest;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.topic.RequestTopic;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** Which sink a request reaches, and what a stopped sink does. */
class SinkAddressingTest {

    private final MutableClock clock = new MutableClock();
    private final TestGateway gateway = TestGateway.first(clock,
            TestGateway.quiet(clock).uplinkRate(100).diagnosticsShare(0).build());

    @Test
    void officiallyTheTopicNamesTheSinkWhenTheHeaderDoesNot() {
        GetScratchpadStatusResponse response = statusWithoutHeaderSink(gateway, "sink1");

        assertEquals(ResultCode.OK, response.header().res());
        assertEquals(Optional.of("sink1"), response.header().sinkId());
    }

    @Test
    void strictModeAlsoTakesTheTopicSinkAsTheOfficialLibraryLeavesTheHeaderOneOut() {
        TestGateway strict = TestGateway.first(clock,
                TestGateway.quiet(clock).validation(ValidationMode.STRICT).build());

        GetScratchpadStatusResponse response = statusWithoutHeaderSink(strict, "sink0");

        assertEquals(ResultCode.OK, response.header().res());
        assertEquals(Optional.of("sink0"), response.header().sinkId());
    }

    @Test
    void aStoppedSinkRefusesDownlinkAndSendsNoData() {
        gateway.send(new SetConfigRequest(header("sink0"),
                SinkNewConfig.builder("sink0").sinkState(OnOffState.OFF).build()));
        gateway.tick(Duration.ZERO);

        SendDataResponse response = gateway.answer(new SendDataRequest(header("sink0"), 1, 1, 1, 0,
                Bytes.of((byte) 1), OptionalLong.empty(), Optional.empty(), OptionalLong.empty()),
                SendDataResponse.class);
        List<DecodedMessage> traffic = gateway.tick(Duration.ofSeconds(1));

        assertEquals(ResultCode.INVALID_SINK_STATE, response.header().res());
        assertEquals(50, traffic.size(), "half of the 100 packets/s are for the stopped sink0");
        assertTrue(traffic.stream().allMatch(message -> message.topic().sinkId().orElseThrow().equals("sink1")));
    }

    private static GetScratchpadStatusResponse statusWithoutHeaderSink(TestGateway gateway, String topicSink) {
        List<DecodedMessage> published = gateway.sendOn(RequestTopic.of(Command.OTAP_STATUS, gateway.id(), topicSink),
                new GetScratchpadStatusRequest(RequestHeader.of(REQ_ID)));
        assertEquals("gw-response/otap_status/sim-gw-0/" + topicSink, published.get(0).topic().path());
        return assertInstanceOf(GetScratchpadStatusResponse.class, published.get(0).message());
    }
}
