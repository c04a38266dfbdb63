package org.meshbench.protocol.topic;

import java.util.Optional;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.Event;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.StatusEvent;

/**
 * Derives the topic of a message from the message itself, where the message holds enough:
 * requests name no gateway, so the caller gives it; a sink-level command takes its sink from the
 * header; a received-data event also needs its network address.
 */
public final class Topics {

    private Topics() {
    }

    /**
     * @param gatewayId the gateway the request goes to
     * @param request   the request
     * @return the request's topic
     * @throws IllegalArgumentException if the command needs a sink and the header has none, or an id
     *                                  cannot be a topic level
     */
    public static RequestTopic forRequest(String gatewayId, Request request) {
        Command command = request.kind().command().orElseThrow();
        return new RequestTopic(command, gatewayId, sinkLevel(command, request.header().sinkId()));
    }

    /**
     * @param response the response
     * @return the response's topic, from the header's gateway and sink ids
     * @throws IllegalArgumentException if the command needs a sink and the header has none, or an id
     *                                  cannot be a topic level
     */
    public static ResponseTopic forResponse(Response response) {
        Command command = response.kind().command().orElseThrow();
        return new ResponseTopic(command, response.header().gwId(), sinkLevel(command, response.header().sinkId()));
    }

    /**
     * @param event the event
     * @return the event's topic
     * @throws IllegalArgumentException if a received-data event lacks its header sink id or its network
     *                                  address, or an id cannot be a topic level
     */
    public static Topic forEvent(Event event) {
        return switch (event) {
            case StatusEvent status -> new StatusTopic(status.header().gwId());
            case ReceivedDataEvent data -> new ReceivedDataTopic(data.header().gwId(),
                    data.header().sinkId().orElseThrow(() -> new IllegalArgumentException(
                            "received data event has no sink id in its header; give its topic explicitly")),
                    data.networkAddress().orElseThrow(() -> new IllegalArgumentException(
                            "received data event has no network_address; give its topic explicitly")),
                    data.sourceEndpoint(), data.destinationEndpoint());
        };
    }

    /** The sink level of a command topic: the header's sink id, or none when the command has no sink level. */
    private static Optional<String> sinkLevel(Command command, Optional<String> headerSink) {
        if (!command.hasSinkLevel()) {
            return Optional.empty();
        }
        if (headerSink.isEmpty()) {
            throw new IllegalArgumentException("command " + command.topicName()
                    + " needs a sink id, but the header has none; give the topic explicitly");
        }
        return headerSink;
    }
}
