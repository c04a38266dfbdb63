package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.WireScalars.string;
import static org.meshbench.protocol.internal.codec.WireScalars.u64;

import org.meshbench.protocol.internal.wire.WireCommon;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.value.ResultCode;

/** The three headers, generated form to API form. */
final class HeadersFromWire {

    private HeadersFromWire() {
    }

    static RequestHeader request(WireCommon.RequestHeader w) {
        return new RequestHeader(w.getReqId(), string(w.hasSinkId(), w.getSinkId()),
                u64(w.hasTimeMsEpoch(), w.getTimeMsEpoch()));
    }

    static ResponseHeader response(WireCommon.ResponseHeader w) {
        int res = WireEnums.required(w.hasRes(), w.getRes(), w, WireCommon.ResponseHeader.RES_FIELD_NUMBER);
        return new ResponseHeader(w.getReqId(), w.getGwId(), string(w.hasSinkId(), w.getSinkId()),
                ResultCode.fromWireValue(res), res, u64(w.hasTimeMsEpoch(), w.getTimeMsEpoch()));
    }

    static EventHeader event(WireCommon.EventHeader w) {
        return new EventHeader(w.getGwId(), string(w.hasSinkId(), w.getSinkId()), w.getEventId(),
                u64(w.hasTimeMsEpoch(), w.getTimeMsEpoch()));
    }
}
