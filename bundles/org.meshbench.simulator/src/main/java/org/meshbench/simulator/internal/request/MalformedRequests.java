package org.meshbench.simulator.internal.request;

import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.topic.RequestTopic;
import org.meshbench.protocol.topic.Topic;
import org.meshbench.protocol.topic.TopicFormatException;
import org.meshbench.protocol.value.ResultCode;

/**
 * Requests whose payload does not decode. The official gateway logs and drops them; this simulator
 * answers INVALID_PARAM on the request's response topic whenever the request id can still be read
 * from the bytes, so that a client sees its mistake instead of a timeout. When the topic is not
 * one of this gateway's request topics, or the request id cannot be read, it logs and drops the
 * request like the official gateway.
 */
final class MalformedRequests {

    private static final System.Logger LOG = System.getLogger(MalformedRequests.class.getName());

    private final RequestContext context;

    MalformedRequests(RequestContext context) {
        this.context = context;
    }

    Optional<Outcome> answer(String topicText, byte[] payload, DecodeException problem) {
        Optional<RequestTopic> topic = requestTopic(topicText);
        OptionalLong reqId = topic.isPresent()
                ? RequestIdReader.read(payload, topic.get().kind().wireFieldNumber())
                : OptionalLong.empty();
        if (topic.isEmpty() || reqId.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "dropped a request without readable request id: {0}",
                    problem.getMessage());
            return Optional.empty();
        }
        LOG.log(System.Logger.Level.INFO, "answering INVALID_PARAM to an undecodable request: {0}",
                problem.getMessage());
        RequestTopic requestTopic = topic.get();
        return Optional.of(Outcome.reading(requestTopic.responseTopic(), ErrorResponses.of(requestTopic.command(),
                context.header(reqId.getAsLong(), requestTopic.sinkId(), ResultCode.INVALID_PARAM),
                requestTopic.sinkId().orElse(""), context)));
    }

    private Optional<RequestTopic> requestTopic(String text) {
        try {
            return Topic.parse(text) instanceof RequestTopic request
                    && request.gatewayId().equals(context.identity().gatewayId())
                    ? Optional.of(request) : Optional.empty();
        } catch (TopicFormatException e) {
            return Optional.empty();
        }
    }
}
