package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** Requests that do not decode: answered INVALID_PARAM when the request id is readable, else dropped. */
class MalformedRequestTest {

    private static final String SEND_DATA_TOPIC = "gw-request/send_data/sim-gw-0/sink0";

    /** A send_packet_req holding only its header: destination and endpoints, all required, are missing. */
    private static final byte[] SEND_DATA_WITHOUT_BODY = HexFormat.of().parseHex(
            "0a0e" // GenericMessage.wirepas, 14 bytes
            + "320c" // WirepasMessage.send_packet_req (field 6), 12 bytes
            + "0a0a" // SendPacketReq.header, 10 bytes
            + "08b960" // RequestHeader.req_id = 12345
            + "1205" + "73696e6b30"); // RequestHeader.sink_id = "sink0"

    private final MutableClock clock = new MutableClock();
    private final TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).build());

    @Test
    void aReadableRequestIdIsAnsweredWithInvalidParam() {
        List<DecodedMessage> published = TestGateway.decodeAll(
                gateway.behaviour().handleRequest(SEND_DATA_TOPIC, SEND_DATA_WITHOUT_BODY));

        assertEquals(1, published.size());
        assertEquals("gw-response/send_data/sim-gw-0/sink0", published.get(0).topic().path());
        SendDataResponse response = assertInstanceOf(SendDataResponse.class, published.get(0).message());
        assertEquals(ResultCode.INVALID_PARAM, response.header().res());
        assertEquals(12345, response.header().reqId());
        assertEquals(Optional.of("sink0"), response.header().sinkId());
    }

    @Test
    void garbageIsDropped() {
        assertTrue(gateway.behaviour().handleRequest(SEND_DATA_TOPIC, new byte[] {(byte) 0xFF, 0x01, 0x02}).isEmpty());
        assertTrue(gateway.behaviour().handleRequest(SEND_DATA_TOPIC, new byte[0]).isEmpty());
    }

    @Test
    void aTruncatedHeaderIsDropped() {
        byte[] cut = Arrays.copyOf(SEND_DATA_WITHOUT_BODY, 7);

        assertTrue(gateway.behaviour().handleRequest(SEND_DATA_TOPIC, cut).isEmpty());
    }

    @Test
    void requestsForAnotherGatewayOrOnNoRequestTopicAreIgnored() {
        assertTrue(gateway.behaviour().handleRequest("gw-request/send_data/other-gw/sink0",
                SEND_DATA_WITHOUT_BODY).isEmpty());
        assertTrue(gateway.behaviour().handleRequest("not/a/gateway/topic", SEND_DATA_WITHOUT_BODY).isEmpty());
    }
}
