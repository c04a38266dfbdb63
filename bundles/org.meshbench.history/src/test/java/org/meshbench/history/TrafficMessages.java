package org.meshbench.history;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;

/** Encoded gateway API messages for the tests, built with the protocol codec. */
final class TrafficMessages {

    static final long RX_TIME = 1_700_000_000_000L;
    private static final GatewayCodec CODEC = new GatewayCodec();

    private TrafficMessages() {
    }

    /** A packet from node 42, endpoints 1 -> 2, payload 0102, received at {@link #RX_TIME} + eventId. */
    static EncodedMessage packet(String gateway, long eventId) {
        return CODEC.encodeEvent(new ReceivedDataEvent(
                new EventHeader(gateway, Optional.of("sink0"), eventId, OptionalLong.of(RX_TIME + eventId)),
                42, 1, 1, 2, 30, RX_TIME + eventId, 1, Optional.of(Bytes.fromHex("0102")), OptionalLong.empty(),
                OptionalLong.of(3), OptionalLong.of(0x123456)));
    }

    static EncodedMessage status(String gateway, long eventId) {
        return CODEC.encodeEvent(new StatusEvent(new EventHeader(gateway, Optional.empty(), eventId,
                OptionalLong.of(RX_TIME)), StatusEvent.CURRENT_VERSION, OnOffState.ON, List.of(), Optional.empty(),
                Optional.empty(), OptionalLong.empty(), List.of()));
    }

    static EncodedMessage request(String gateway, long requestId) {
        return CODEC.encodeRequest(gateway, new SendDataRequest(RequestHeader.of(requestId, "sink0"), 42, 1, 2, 0,
                Bytes.fromHex("01"), OptionalLong.empty(), Optional.empty(), OptionalLong.empty()));
    }

    static EncodedMessage response(String gateway, long requestId) {
        return CODEC.encodeResponse(new SendDataResponse(new ResponseHeader(requestId, gateway, Optional.of("sink0"),
                ResultCode.OK, ResultCode.OK.wireValue(), OptionalLong.empty())));
    }
}
