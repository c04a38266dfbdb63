package org.meshbench.protocol.message;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Header of every request ({@code RequestHeader}). It has no gateway id: the topic names the gateway.
 *
 * @param reqId       request id, echoed in the response (uint64, unsigned); see
 *                    {@code org.meshbench.protocol.MessageIdGenerator}
 * @param sinkId      the sink the request is for, if it is for one
 * @param timeMsEpoch when the request was made, milliseconds since the epoch (uint64, unsigned)
 */
public record RequestHeader(long reqId, Optional<String> sinkId, OptionalLong timeMsEpoch) {

    /** Checks the components. */
    public RequestHeader {
        Objects.requireNonNull(sinkId, "sinkId");
        Objects.requireNonNull(timeMsEpoch, "timeMsEpoch");
    }

    /**
     * @param reqId request id
     * @return a header for a gateway-level request, without sink and time
     */
    public static RequestHeader of(long reqId) {
        return new RequestHeader(reqId, Optional.empty(), OptionalLong.empty());
    }

    /**
     * @param reqId  request id
     * @param sinkId the sink the request is for
     * @return a header for a sink-level request, without time
     */
    public static RequestHeader of(long reqId, String sinkId) {
        return new RequestHeader(reqId, Optional.of(sinkId), OptionalLong.empty());
    }

    /**
     * @param time milliseconds since the epoch
     * @return a copy of this header with its time set
     */
    public RequestHeader withTimeMsEpoch(long time) {
        return new RequestHeader(reqId, sinkId, OptionalLong.of(time));
    }
}
