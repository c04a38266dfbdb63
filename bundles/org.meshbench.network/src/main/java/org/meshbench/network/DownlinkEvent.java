package org.meshbench.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.value.ResultCode;

/**
 * A send_data request seen on the broker, sent by this client or by another backend, joined with
 * the gateway's response. Immutable.
 *
 * @param sink the gateway and sink the request went to
 * @param request the request
 * @param ours whether this client sent it
 * @param requestTime when this client sent or saw the request
 * @param result the gateway's result; empty when no response came within the downlink timeout
 * @param responseTime when the response arrived; empty without response
 */
public record DownlinkEvent(SinkRef sink, SendDataRequest request, boolean ours, Instant requestTime,
        Optional<ResultCode> result, Optional<Instant> responseTime) {

    /** Checks for nulls. */
    public DownlinkEvent {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestTime, "requestTime");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(responseTime, "responseTime");
    }

    /** @return whether the gateway answered */
    public boolean answered() {
        return result.isPresent();
    }
}
