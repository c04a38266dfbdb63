package org.meshbench.protocol.internal.codec;

import com.google.protobuf.UnknownFieldSet;
import org.meshbench.protocol.internal.wire.WireCommon;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.ResponseHeader;

/** The three headers, API form to generated form. */
final class HeadersToWire {

    private HeadersToWire() {
    }

    static WireCommon.RequestHeader request(RequestHeader h) {
        WireCommon.RequestHeader.Builder w = WireCommon.RequestHeader.newBuilder().setReqId(h.reqId());
        h.sinkId().ifPresent(w::setSinkId);
        h.timeMsEpoch().ifPresent(w::setTimeMsEpoch);
        return w.buildPartial();
    }

    /**
     * A result number this version does not know cannot go through the generated setter, so it
     * travels as an unknown field, exactly as protobuf itself re-encodes one it parsed.
     */
    static WireCommon.ResponseHeader response(ResponseHeader h) {
        WireCommon.ResponseHeader.Builder w = WireCommon.ResponseHeader.newBuilder().setReqId(h.reqId())
                .setGwId(h.gwId());
        h.sinkId().ifPresent(w::setSinkId);
        if (h.res().hasWireValue()) {
            w.setRes(WireCommon.ErrorCode.forNumber(h.resWireValue()));
        } else {
            w.setUnknownFields(UnknownFieldSet.newBuilder().addField(WireCommon.ResponseHeader.RES_FIELD_NUMBER,
                    UnknownFieldSet.Field.newBuilder().addVarint(h.resWireValue()).build()).build());
        }
        h.timeMsEpoch().ifPresent(w::setTimeMsEpoch);
        return w.buildPartial();
    }

    static WireCommon.EventHeader event(EventHeader h) {
        WireCommon.EventHeader.Builder w = WireCommon.EventHeader.newBuilder().setGwId(h.gwId())
                .setEventId(h.eventId());
        h.sinkId().ifPresent(w::setSinkId);
        h.timeMsEpoch().ifPresent(w::setTimeMsEpoch);
        return w.buildPartial();
    }
}
