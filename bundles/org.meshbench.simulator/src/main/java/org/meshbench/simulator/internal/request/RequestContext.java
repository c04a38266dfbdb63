package org.meshbench.simulator.internal.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.internal.sink.SimSink;
import org.meshbench.simulator.internal.sink.SinkConfigReader;

/**
 * What request handlers share: the gateway, its clock and sinks, and the validation mode.
 *
 * @param identity    what the gateway says about itself
 * @param clock       the simulation clock
 * @param strict      whether strict validation is on
 * @param sinks       the sinks by id, in sink order
 * @param rebootDelay time to process a scratchpad and boot
 */
public record RequestContext(GatewayIdentity identity, Clock clock, boolean strict, Map<String, SimSink> sinks,
        Duration rebootDelay) {

    /** @return the current time */
    public Instant now() {
        return clock.instant();
    }

    /**
     * @param request the request answered
     * @param result  the result
     * @return a header echoing the request id and sink id, stamped now
     */
    public ResponseHeader header(Request request, ResultCode result) {
        return header(request.header().reqId(), request.header().sinkId(), result);
    }

    /**
     * @param request the request answered
     * @param sink    the sink that handled it
     * @param result  the result
     * @return a header echoing the request id and naming the sink, stamped now
     */
    public ResponseHeader header(Request request, SimSink sink, ResultCode result) {
        return header(request.header().reqId(), Optional.of(sink.id()), result);
    }

    /**
     * @param reqId  the request id, 0 for an unprompted response
     * @param sinkId the sink, if any
     * @param result the result
     * @return a header stamped now
     */
    public ResponseHeader header(long reqId, Optional<String> sinkId, ResultCode result) {
        return new ResponseHeader(reqId, identity.gatewayId(), sinkId, result, OptionalLong.of(now().toEpochMilli()));
    }

    /** @return every sink's configuration, in sink order */
    public List<SinkReadConfig> configs() {
        List<SinkReadConfig> configs = new ArrayList<>(sinks.size());
        sinks.values().forEach(sink -> configs.add(SinkConfigReader.read(sink)));
        return configs;
    }

    /** @return the gateway info, with the current time */
    public GatewayInfo info() {
        return new GatewayInfo(now().getEpochSecond(), Optional.of(identity.model()), Optional.of(identity.version()),
                OptionalLong.of(GatewayIdentity.IMPLEMENTED_API_VERSION), OptionalLong.of(identity.maxScratchpadSize()),
                GatewayIdentity.FEATURES);
    }
}
