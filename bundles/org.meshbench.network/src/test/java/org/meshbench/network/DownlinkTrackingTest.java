package org.meshbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.internal.NetworkClientImpl;
import org.meshbench.network.testing.Await;
import org.meshbench.network.testing.FakeTransport;
import org.meshbench.network.testing.Messages;
import org.meshbench.network.testing.ScriptedGateway;
import org.meshbench.network.testing.TestClients;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ResultCode;

/** Downlinks of this and other backends, joined with their responses, within bounds. */
class DownlinkTrackingTest {
    private final FakeTransport transport = new FakeTransport();
    private final NetworkClientImpl client = TestClients.connected(transport, TestClients.options()
            .downlinkCapacity(2).downlinkTimeout(Duration.ofMillis(200)).build());
    private final List<DownlinkEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        client.close();
    }

    private void sniff(long reqId) {
        SendDataRequest request = new SendDataRequest(RequestHeader.of(reqId, "sink0"), 5, 1, 1, 0,
                Bytes.fromHex("aa"), OptionalLong.empty(), Optional.empty(), OptionalLong.empty());
        EncodedMessage encoded = new GatewayCodec().encodeRequest("gw1", request);
        transport.deliver(encoded.topic(), encoded.payload().toByteArray(), false);
    }

    private void respond(long reqId, ResultCode result) {
        Messages.deliver(transport, new SendDataResponse(new ResponseHeader(reqId, "gw1", Optional.of("sink0"),
                result, OptionalLong.empty())));
    }

    @Test
    void joinsOwnRequestsWithTheirResponses() throws Exception {
        client.addDownlinkListener(events::add);
        new ScriptedGateway(transport, "gw1");
        client.sync().sendData(new SinkRef("gw1", "sink0"), OutgoingPacket.to(5, 1, 1, Bytes.empty()));
        Await.until("one downlink", () -> events.size() == 1);
        assertTrue(events.get(0).ours());
        assertEquals(Optional.of(ResultCode.OK), events.get(0).result());
    }

    @Test
    void joinsOtherBackendsRequestsEvenWhenTheResponseComesFirst() throws InterruptedException {
        client.addDownlinkListener(events::add);
        sniff(100);
        respond(100, ResultCode.INVALID_DEST_ADDRESS);
        respond(200, ResultCode.OK);
        sniff(200);
        Await.until("two downlinks", () -> events.size() == 2);
        assertFalse(events.get(0).ours());
        assertEquals(Optional.of(ResultCode.INVALID_DEST_ADDRESS), events.get(0).result());
        assertEquals(200, events.get(1).request().header().reqId());
    }

    @Test
    void reportsUnansweredRequestsAndStaysBounded() throws InterruptedException {
        client.addDownlinkListener(events::add);
        sniff(1);
        sniff(2);
        sniff(3);
        Await.until("the oldest pushed out", () -> events.size() == 1);
        assertEquals(1, events.get(0).request().header().reqId());
        assertFalse(events.get(0).answered());
        Await.until("the others aged out", () -> events.size() == 3);
    }
}
