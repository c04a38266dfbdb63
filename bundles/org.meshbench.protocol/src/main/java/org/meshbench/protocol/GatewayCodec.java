package org.meshbench.protocol;

import org.meshbench.protocol.internal.codec.TopicConsistency;
import org.meshbench.protocol.internal.codec.WireMessages;
import org.meshbench.protocol.message.Event;
import org.meshbench.protocol.message.GatewayMessage;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.topic.Topic;
import org.meshbench.protocol.topic.Topics;
import org.meshbench.protocol.value.Bytes;

/**
 * Typed codec of the gateway API, for both sides: a backend encodes requests and decodes
 * responses and events; a gateway simulator does the opposite. Stateless and thread-safe.
 *
 * <p>The bytes are canonical protobuf (fields in number order), so decoding a payload and
 * encoding the result gives the same bytes, unless the payload held fields this version does not
 * know (they are dropped) or enum numbers it does not know (see {@link org.meshbench.protocol.value.WireEnum}).
 */
public final class GatewayCodec {

    /** Creates a codec; it holds no state, so one instance can serve every thread. */
    public GatewayCodec() {
        // stateless
    }

    /**
     * Decodes a topic and its payload. Accepts every payload the API allows, including enum
     * numbers from a newer gateway (decoded as UNKNOWN constants).
     *
     * @param topic   the MQTT topic (not null)
     * @param payload the MQTT payload (not null)
     * @return the parsed topic and the typed message
     * @throws DecodeException for an unknown topic, bytes that are not a GenericMessage, an empty or
     *                         ambiguous WirepasMessage, a kind that does not belong on the topic, a
     *                         missing required field, or ids that contradict the topic
     */
    public DecodedMessage decode(String topic, byte[] payload) throws DecodeException {
        PayloadDecoder.Decoded decoded = PayloadDecoder.decode(topic, payload);
        return new DecodedMessage(decoded.topic(), decoded.message());
    }

    /**
     * @param message the message (not null)
     * @return the serialized GenericMessage
     * @throws IllegalArgumentException if the message holds an enum constant with no wire value
     */
    public byte[] encodePayload(GatewayMessage message) {
        return WireMessages.toWire(message).toByteArray();
    }

    /**
     * @param topic   where the message goes (not null)
     * @param message the message (not null)
     * @return topic text and payload
     * @throws IllegalArgumentException if the message is not of the topic's kind, its ids contradict
     *                                  the topic, or it holds an enum constant with no wire value
     */
    public EncodedMessage encode(Topic topic, GatewayMessage message) {
        if (topic.kind() != message.kind()) {
            throw new IllegalArgumentException("a " + message.kind().wireName() + " cannot travel on topic "
                    + topic.path() + ", which carries " + topic.kind().wireName());
        }
        TopicConsistency.check(topic, message).ifPresent(mismatch -> {
            throw new IllegalArgumentException("message does not fit topic " + topic.path() + ": " + mismatch.detail());
        });
        return new EncodedMessage(topic.path(), Bytes.of(encodePayload(message)));
    }

    /**
     * @param gatewayId the gateway the request goes to
     * @param request   the request; a sink-level command takes its sink from the header
     * @return topic text and payload
     * @throws IllegalArgumentException see {@link Topics#forRequest(String, Request)} and
     *                                  {@link #encode(Topic, GatewayMessage)}
     */
    public EncodedMessage encodeRequest(String gatewayId, Request request) {
        return encode(Topics.forRequest(gatewayId, request), request);
    }

    /**
     * @param response the response; the topic comes from its header
     * @return topic text and payload
     * @throws IllegalArgumentException see {@link Topics#forResponse(Response)} and
     *                                  {@link #encode(Topic, GatewayMessage)}
     */
    public EncodedMessage encodeResponse(Response response) {
        return encode(Topics.forResponse(response), response);
    }

    /**
     * @param event the event; the topic comes from its header (and, for received data, its
     *              network address and endpoints)
     * @return topic text and payload
     * @throws IllegalArgumentException see {@link Topics#forEvent(Event)} and
     *                                  {@link #encode(Topic, GatewayMessage)}
     */
    public EncodedMessage encodeEvent(Event event) {
        return encode(Topics.forEvent(event), event);
    }
}
