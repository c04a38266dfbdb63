package org.meshbench.simulator.internal.request;

import java.util.List;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.topic.ResponseTopic;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.simulator.internal.sink.SimSink;
import org.meshbench.simulator.internal.sink.SinkHardware;
import org.meshbench.simulator.internal.traffic.DownlinkResponder;
import org.meshbench.simulator.internal.traffic.Scheduled;

/**
 * send_data: the official gateway's hop-limit check, then what the sink refuses: a stopped stack,
 * endpoints beyond 255, a Wirepas QoS other than 0 or 1, a payload over the MTU (or, in strict
 * mode, an empty one). Accepted downlinks reach the nodes, which may answer. Not thread-safe.
 */
final class DataRequests {

    /** Largest hop limit the official gateway accepts. */
    static final long MAX_HOP_LIMIT = 15;
    private static final long MAX_ENDPOINT = 255;
    private static final long MAX_WIREPAS_QOS = 1;

    private final RequestContext context;
    private final DownlinkResponder responder;

    DataRequests(RequestContext context, DownlinkResponder responder) {
        this.context = context;
        this.responder = responder;
    }

    Outcome sendData(ResponseTopic topic, SendDataRequest request, SimSink sink) {
        ResultCode result = check(request, sink);
        List<Scheduled> answers = result.isOk() ? responder.respond(sink, request, context.now()) : List.of();
        return new Outcome(topic, new SendDataResponse(context.header(request, sink, result)), answers, false);
    }

    private ResultCode check(SendDataRequest request, SimSink sink) {
        if (request.hopLimit().orElse(0) > MAX_HOP_LIMIT) {
            return ResultCode.INVALID_MAX_HOP_COUNT;
        }
        if (!sink.state().started()) {
            return ResultCode.INVALID_SINK_STATE;
        }
        if (request.sourceEndpoint() > MAX_ENDPOINT) {
            return ResultCode.INVALID_SRC_ENDPOINT;
        }
        if (request.destinationEndpoint() > MAX_ENDPOINT) {
            return ResultCode.INVALID_DEST_ENDPOINT;
        }
        if (request.qos() > MAX_WIREPAS_QOS) {
            return ResultCode.INVALID_QOS;
        }
        int size = request.payload().size();
        if (size > SinkHardware.MAX_MTU || (context.strict() && size == 0)) {
            return ResultCode.INVALID_DATA_PAYLOAD;
        }
        return ResultCode.OK;
    }
}
