package org.meshbench.simulator.internal.request;

import java.util.Optional;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.GetGatewayInfoRequest;
import org.meshbench.protocol.message.GetScratchpadStatusRequest;
import org.meshbench.protocol.message.ProcessScratchpadRequest;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.topic.RequestTopic;
import org.meshbench.protocol.topic.ResponseTopic;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.simulator.internal.sink.SimSink;
import org.meshbench.simulator.internal.traffic.DownlinkResponder;

/**
 * Answers the requests of one gateway. A sink-level request must name one of the gateway's sinks
 * (INVALID_SINK_ID), in its header or in its topic alone, as the API makes the header's sink id optional
 * and the official library's send_message leaves it out (neither: REQUEST_NEEDS_SINK_ID); a header
 * that contradicts the topic does not decode. A payload
 * that does not decode goes to {@link MalformedRequests}. Requests for another gateway are ignored.
 * Not thread-safe: the owning gateway serializes calls.
 */
public final class RequestHandler {

    private static final GatewayCodec CODEC = new GatewayCodec();

    private final RequestContext context;
    private final ConfigRequests config;
    private final DataRequests data;
    private final OtapRequests otap;
    private final ConfigurationDataRequests items;
    private final MalformedRequests malformed;

    /**
     * @param context   the gateway and its sinks
     * @param responder what nodes answer to downlink
     */
    public RequestHandler(RequestContext context, DownlinkResponder responder) {
        this.context = context;
        this.config = new ConfigRequests(context);
        this.data = new DataRequests(context, responder);
        this.otap = new OtapRequests(context);
        this.items = new ConfigurationDataRequests(context);
        this.malformed = new MalformedRequests(context);
    }

    /**
     * @param topic   the request topic
     * @param payload the request payload
     * @return the outcome, or empty when the request is not answered
     */
    public Optional<Outcome> handle(String topic, byte[] payload) {
        DecodedMessage decoded;
        try {
            decoded = CODEC.decode(topic, payload);
        } catch (DecodeException e) {
            return malformed.answer(topic, payload, e);
        }
        if (!(decoded.topic() instanceof RequestTopic requestTopic) || !(decoded.message() instanceof Request request)
                || !requestTopic.gatewayId().equals(context.identity().gatewayId())) {
            return Optional.empty();
        }
        return Optional.of(handle(requestTopic, request));
    }

    private Outcome handle(RequestTopic topic, Request request) {
        ResponseTopic responseTopic = topic.responseTopic();
        Command command = topic.command();
        Optional<String> sinkId = request.header().sinkId().or(topic::sinkId);
        SimSink sink = sinkId.map(context.sinks()::get).orElse(null);
        if (command.hasSinkLevel() && sink == null) {
            ResultCode error = sinkId.isEmpty() ? ResultCode.REQUEST_NEEDS_SINK_ID : ResultCode.INVALID_SINK_ID;
            String namedSink = request instanceof SetConfigRequest set ? set.config().sinkId()
                    : sinkId.or(topic::sinkId).orElseThrow();
            return Outcome.reading(responseTopic,
                    ErrorResponses.of(command, context.header(request.header().reqId(), sinkId, error), namedSink,
                            context));
        }
        return switch (request) {
            case GetConfigsRequest r -> Outcome.reading(responseTopic, config.getConfigs(r));
            case GetGatewayInfoRequest r -> Outcome.reading(responseTopic, config.gatewayInfo(r));
            case SetConfigRequest r -> Outcome.changing(responseTopic, config.setConfig(r, sink));
            case SendDataRequest r -> data.sendData(responseTopic, r, sink);
            case GetScratchpadStatusRequest r -> Outcome.reading(responseTopic, otap.status(r, sink));
            case UploadScratchpadRequest r -> Outcome.changing(responseTopic, otap.upload(r, sink));
            case ProcessScratchpadRequest r -> Outcome.changing(responseTopic, otap.process(r, sink));
            case SetScratchpadTargetAndActionRequest r -> Outcome.changing(responseTopic, otap.setTarget(r, sink));
            case SetConfigurationDataItemRequest r -> Outcome.changing(responseTopic, items.set(r, sink));
            case GetConfigurationDataItemRequest r -> Outcome.reading(responseTopic, items.get(r, sink));
        };
    }
}
