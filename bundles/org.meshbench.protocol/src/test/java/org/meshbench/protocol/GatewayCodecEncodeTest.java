package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.topic.ReceivedDataTopic;
import org.meshbench.protocol.topic.Topic;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;

/** Topics derived on encode, and messages that do not fit their topic. */
class GatewayCodecEncodeTest {

    private final GatewayCodec codec = new GatewayCodec();

    @Test
    void requestTopicTakesTheGatewayFromTheCallerAndTheSinkFromTheHeader() {
        EncodedMessage encoded = codec.encodeRequest("gw1", sendData(RequestHeader.of(7, "sink3")));
        assertEquals("gw-request/send_data/gw1/sink3", encoded.topic());
    }

    @Test
    void gatewayLevelRequestIgnoresAHeaderSink() {
        EncodedMessage encoded = codec.encodeRequest("gw1", new GetConfigsRequest(RequestHeader.of(7, "sink3")));
        assertEquals("gw-request/get_configs/gw1", encoded.topic());
    }

    @Test
    void sinkLevelRequestWithoutHeaderSinkNeedsAnExplicitTopic() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.encodeRequest("gw1", sendData(RequestHeader.of(7))));
        assertTrue(e.getMessage().contains("send_data"), e.getMessage());
    }

    @Test
    void responseAndEventTopicsComeFromTheirHeaders() {
        var response = new SendDataResponse(new ResponseHeader(7, "gw1", Optional.of("sink0"), ResultCode.OK,
                OptionalLong.empty()));
        assertEquals("gw-response/send_data/gw1/sink0", codec.encodeResponse(response).topic());
        var status = new StatusEvent(new EventHeader("gw1", Optional.empty(), 1, OptionalLong.empty()), 1,
                OnOffState.ON, List.of(), Optional.empty(), Optional.empty(), OptionalLong.empty(), List.of());
        assertEquals("gw-event/status/gw1", codec.encodeEvent(status).topic());
    }

    @Test
    void receivedDataTopicNeedsTheNetworkAddress() {
        ReceivedDataEvent withNetwork = receivedData(OptionalLong.of(12345));
        assertEquals("gw-event/received_data/gw1/sink0/12345/10/11", codec.encodeEvent(withNetwork).topic());
        assertThrows(IllegalArgumentException.class, () -> codec.encodeEvent(receivedData(OptionalLong.empty())));
        assertEquals("gw-event/received_data/gw1/sink0/99/10/11", codec.encode(
                new ReceivedDataTopic("gw1", "sink0", 99, 10, 11), receivedData(OptionalLong.empty())).topic());
    }

    @Test
    void messageOfAnotherKindIsRejected() throws Exception {
        Topic topic = Topic.parse("gw-request/get_gw_info/gw1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.encode(topic, new GetConfigsRequest(RequestHeader.of(1))));
        assertTrue(e.getMessage().contains("get_configs_req"), e.getMessage());
    }

    @Test
    void idsThatContradictTheTopicAreRejected() throws Exception {
        Topic topic = Topic.parse("gw-request/send_data/gw1/sink1");
        assertThrows(IllegalArgumentException.class, () -> codec.encode(topic, sendData(RequestHeader.of(1, "sink0"))));
        Topic wrongEndpoint = new ReceivedDataTopic("gw1", "sink0", 12345, 10, 12);
        assertThrows(IllegalArgumentException.class,
                () -> codec.encode(wrongEndpoint, receivedData(OptionalLong.empty())));
    }

    private static SendDataRequest sendData(RequestHeader header) {
        return new SendDataRequest(header, 1, 1, 1, 0, Bytes.of((byte) 1), OptionalLong.empty(), Optional.empty(),
                OptionalLong.empty());
    }

    private static ReceivedDataEvent receivedData(OptionalLong network) {
        return new ReceivedDataEvent(new EventHeader("gw1", Optional.of("sink0"), 1, OptionalLong.empty()), 5, 6, 10,
                11, 0, 0, 0, Optional.empty(), OptionalLong.of(3), OptionalLong.empty(), network);
    }
}
