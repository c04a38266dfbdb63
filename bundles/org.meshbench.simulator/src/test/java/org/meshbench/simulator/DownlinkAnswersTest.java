package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.simulator.testsupport.Downlinks;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** What nodes send back: echoes for latency tests and Remote API answers. */
class DownlinkAnswersTest {

    private static final Bytes PING = Bytes.fromHex("00 08 0102030405060708");

    private final MutableClock clock = new MutableClock();
    private final TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).build());
    private final long node = gateway.behaviour().nodeAddresses("sink0").get(0);

    @Test
    void anEchoComesBackUnchangedAfterTravellingBothWays() {
        Bytes payload = Bytes.fromHex("cafe0042");
        List<DecodedMessage> published = gateway.send(Downlinks.to("sink0", node, 50, 51, payload));
        SendDataResponse response = assertInstanceOf(SendDataResponse.class, published.get(0).message());
        assertEquals(ResultCode.OK, response.header().res());
        assertEquals(1, published.size(), "the echo is still on its way");

        ReceivedDataEvent echo = Downlinks.from(gateway.tick(Duration.ofSeconds(1)), 51).get(0);

        assertEquals(node, echo.sourceAddress());
        assertEquals(50, echo.destinationEndpoint());
        assertEquals(payload, echo.payload().orElseThrow());
        long hops = echo.hopCount().orElseThrow();
        assertEquals(hops * 10, echo.travelTimeMs());
        assertEquals(MutableClock.START.toEpochMilli() + 2 * hops * 10, echo.rxTimeMsEpoch());
    }

    @Test
    void aPingIsAnsweredWithItsReference() {
        gateway.send(Downlinks.to("sink0", node, 255, 240, PING));

        ReceivedDataEvent answer = Downlinks.from(gateway.tick(Duration.ofSeconds(1)), 240).get(0);

        assertEquals(255, answer.destinationEndpoint());
        assertEquals(Bytes.fromHex("80 08 0102030405060708"), answer.payload().orElseThrow());
    }

    @Test
    void aBroadcastReachesEveryNode() {
        gateway.send(Downlinks.to("sink0", 0xFFFFFFFFL, 255, 240, PING));

        List<ReceivedDataEvent> answers = Downlinks.from(gateway.tick(Duration.ofSeconds(1)), 240);

        assertEquals(new HashSet<>(gateway.behaviour().nodeAddresses("sink0")),
                new HashSet<>(answers.stream().map(ReceivedDataEvent::sourceAddress).toList()));
    }

    @Test
    void theSinkAnswersAtOnceForItsOwnAddress() {
        long sinkAddress = gateway.config("sink0").nodeAddress().orElseThrow();

        List<DecodedMessage> published = gateway.send(Downlinks.to("sink0", sinkAddress, 255, 240, PING));

        ReceivedDataEvent answer = Downlinks.from(published, 240).get(0);
        assertEquals(sinkAddress, answer.sourceAddress());
        assertEquals(OptionalLong.empty(), answer.hopCount(), "hop count 0 is left out, as officially");
    }

    @Test
    void otherEndpointsAndUnknownNodesGetNoAnswer() {
        gateway.send(Downlinks.to("sink0", node, 10, 10, PING));
        gateway.send(Downlinks.to("sink0", 0xFFFFFE12L, 50, 51, PING));

        assertTrue(gateway.tick(Duration.ofSeconds(1)).isEmpty());
    }
}
