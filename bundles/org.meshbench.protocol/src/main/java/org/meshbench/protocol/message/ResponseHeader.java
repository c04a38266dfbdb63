package org.meshbench.protocol.message;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.ResultCode;

/**
 * Header of every response ({@code ResponseHeader}).
 *
 * <p>The result is held twice: as {@link ResultCode} and as the number on the wire, so that a
 * code this version does not know ({@link ResultCode#UNKNOWN}) keeps its number and re-encodes.
 * The two must agree; the shorter constructor derives the number from the code.
 *
 * @param reqId        id of the request answered; 0 for a response the gateway sent unprompted (uint64, unsigned)
 * @param gwId         the answering gateway
 * @param sinkId       the sink concerned, if any
 * @param res          the result (not null)
 * @param resWireValue the result's number on the wire
 * @param timeMsEpoch  when the response was made, milliseconds since the epoch (uint64, unsigned)
 */
public record ResponseHeader(long reqId, String gwId, Optional<String> sinkId, ResultCode res, int resWireValue,
        OptionalLong timeMsEpoch) {

    /** Checks the components and that {@code res} and {@code resWireValue} agree. */
    public ResponseHeader {
        Objects.requireNonNull(gwId, "gwId");
        Objects.requireNonNull(sinkId, "sinkId");
        Objects.requireNonNull(res, "res");
        Objects.requireNonNull(timeMsEpoch, "timeMsEpoch");
        if (ResultCode.fromWireValue(resWireValue) != res) {
            throw new IllegalArgumentException("result " + res + " does not match wire value " + resWireValue);
        }
    }

    /**
     * @param reqId       id of the request answered, 0 when unprompted
     * @param gwId        the answering gateway
     * @param sinkId      the sink concerned, if any
     * @param res         a result with a wire value (not {@link ResultCode#UNKNOWN})
     * @param timeMsEpoch when the response was made
     * @throws IllegalStateException if {@code res} is {@link ResultCode#UNKNOWN}
     */
    public ResponseHeader(long reqId, String gwId, Optional<String> sinkId, ResultCode res, OptionalLong timeMsEpoch) {
        this(reqId, gwId, sinkId, res, res.wireValue(), timeMsEpoch);
    }

    /** @return whether the gateway sent this response without a request (request id 0) */
    public boolean isUnsolicited() {
        return reqId == 0;
    }
}
