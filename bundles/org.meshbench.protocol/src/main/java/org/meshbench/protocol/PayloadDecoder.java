package org.meshbench.protocol;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.meshbench.protocol.internal.codec.PayloadKinds;
import org.meshbench.protocol.internal.codec.RequiredFields;
import org.meshbench.protocol.internal.codec.TopicConsistency;
import org.meshbench.protocol.internal.codec.WireMessages;
import org.meshbench.protocol.internal.wire.WireEnvelope.GenericMessage;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.message.GatewayMessage;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.topic.Topic;
import org.meshbench.protocol.topic.TopicFormatException;

/**
 * The checks every incoming topic and payload goes through, in order: topic, protobuf syntax,
 * envelope, kind against topic, required fields, typed conversion, ids against topic. Shared by
 * the typed codec and the JSON mapping so that both accept exactly the same payloads.
 */
final class PayloadDecoder {

    /** A payload that passed every check, in generated and in typed form. */
    record Decoded(Topic topic, GenericMessage wire, GatewayMessage message) {
    }

    private PayloadDecoder() {
    }

    static Decoded decode(String topicText, byte[] payload) throws DecodeException {
        Objects.requireNonNull(topicText, "topic");
        Objects.requireNonNull(payload, "payload");
        Topic topic = parseTopic(topicText);
        GenericMessage wire = parse(topicText, payload);
        MessageKind kind = payloadKind(topicText, topic, wire);
        Optional<String> missing = RequiredFields.firstMissing(wire, "");
        if (missing.isPresent()) {
            throw fail(topicText, DecodeProblem.MISSING_REQUIRED_FIELD, missing.get(),
                    "field " + missing.get() + " is required");
        }
        GatewayMessage message = WireMessages.fromWire(kind, wire.getWirepas());
        Optional<TopicConsistency.Mismatch> mismatch = TopicConsistency.check(topic, message);
        if (mismatch.isPresent()) {
            throw fail(topicText, DecodeProblem.ID_MISMATCH,
                    "wirepas." + kind.wireName() + "." + mismatch.get().field(), mismatch.get().detail());
        }
        return new Decoded(topic, wire, message);
    }

    private static Topic parseTopic(String topicText) throws DecodeException {
        try {
            return Topic.parse(topicText);
        } catch (TopicFormatException e) {
            throw new DecodeException(topicText, DecodeProblem.UNKNOWN_TOPIC, null, e.reason(), e);
        }
    }

    private static GenericMessage parse(String topicText, byte[] payload) throws DecodeException {
        if (payload.length == 0) {
            throw fail(topicText, DecodeProblem.EMPTY_PAYLOAD, null, "0 bytes");
        }
        try {
            return GenericMessage.parser().parsePartialFrom(payload);
        } catch (InvalidProtocolBufferException e) {
            throw new DecodeException(topicText, DecodeProblem.MALFORMED_PROTOBUF, null,
                    e.getMessage() + " (" + payload.length + " bytes)", e);
        }
    }

    private static MessageKind payloadKind(String topicText, Topic topic, GenericMessage wire) throws DecodeException {
        if (!wire.hasWirepas()) {
            throw fail(topicText, DecodeProblem.NO_WIREPAS_MESSAGE, "wirepas", wire.hasCustomer()
                    ? "only a CustomerMessage (customer_name \"" + wire.getCustomer().getCustomerName() + "\") is set"
                    : "field wirepas is not set");
        }
        WirepasMessage wirepas = wire.getWirepas();
        List<MessageKind> kinds = PayloadKinds.setIn(wirepas);
        if (kinds.isEmpty()) {
            throw fail(topicText, DecodeProblem.EMPTY_WIREPAS_MESSAGE, "wirepas",
                    wirepas.getUnknownFields().asMap().isEmpty() ? "no payload field is set"
                            : "it holds only fields this version does not know: "
                                    + wirepas.getUnknownFields().asMap().keySet());
        }
        if (kinds.size() > 1) {
            throw fail(topicText, DecodeProblem.SEVERAL_PAYLOADS, "wirepas", "fields "
                    + kinds.stream().map(MessageKind::wireName).collect(Collectors.joining(", ")) + " are all set");
        }
        MessageKind kind = kinds.get(0);
        if (kind != topic.kind()) {
            throw fail(topicText, DecodeProblem.WRONG_KIND_FOR_TOPIC, "wirepas." + kind.wireName(),
                    "the payload is " + kind.wireName() + " but the topic carries " + topic.kind().wireName());
        }
        return kind;
    }

    private static DecodeException fail(String topic, DecodeProblem problem, String fieldPath, String detail) {
        return new DecodeException(topic, problem, fieldPath, detail, null);
    }
}
