package org.meshbench.history.internal;

import java.util.Optional;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.history.HistoryRecord;
import org.meshbench.history.PacketDecoding;
import org.meshbench.history.PacketRecord;
import org.meshbench.history.RequestRecord;
import org.meshbench.history.ResponseRecord;
import org.meshbench.history.StatusRecord;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.PayloadJson;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.topic.ReceivedDataTopic;
import org.meshbench.protocol.topic.RequestTopic;
import org.meshbench.protocol.topic.ResponseTopic;

/** Turns an MQTT message of the gateway API into the record the history keeps of it. Thread-safe. */
public final class TrafficRecords {

    private final GatewayCodec codec = new GatewayCodec();
    private final PayloadJson json = new PayloadJson();
    private final PacketDecoding decoding;

    /** @param decoding decodes the payloads of received packets */
    public TrafficRecords(PacketDecoding decoding) {
        this.decoding = decoding;
    }

    /**
     * @param topic the MQTT topic
     * @param payload the MQTT payload
     * @param receivedAtMs when it was received
     * @return its record; empty for messages the history does not keep (other events)
     * @throws DecodeException if the payload does not decode on that topic
     */
    public Optional<HistoryRecord> of(String topic, byte[] payload, long receivedAtMs) throws DecodeException {
        DecodedMessage decoded = codec.decode(topic, payload);
        return switch (decoded.message()) {
            case ReceivedDataEvent event when decoded.topic() instanceof ReceivedDataTopic at ->
                Optional.of(packet(at, event, decoding.decode(topic, payload), receivedAtMs));
            case StatusEvent status -> Optional.of(new StatusRecord(status.header().gwId(),
                    status.header().eventId(), status.header().timeMsEpoch().orElse(receivedAtMs),
                    status.state().name(), json.toJson(topic, payload), receivedAtMs));
            case Request request when decoded.topic() instanceof RequestTopic at -> Optional.of(new RequestRecord(
                    at.gatewayId(), request.header().reqId(), at.sinkId().orElse(""), at.command().topicName(),
                    json.toJson(topic, payload), receivedAtMs));
            case Response response when decoded.topic() instanceof ResponseTopic at ->
                Optional.of(new ResponseRecord(at.gatewayId(), response.header().reqId(), at.sinkId().orElse(""),
                        at.command().topicName(), response.header().res().name(), json.toJson(topic, payload),
                        receivedAtMs));
            default -> Optional.empty();
        };
    }

    private static PacketRecord packet(ReceivedDataTopic topic, ReceivedDataEvent event,
            Optional<DecodeOutcome> outcome, long receivedAtMs) {
        Optional<DecodeOutcome> chosen = outcome.filter(o -> o.selection().decoderId().isPresent());
        return new PacketRecord(event.header().gwId(), event.header().eventId(),
                event.header().sinkId().orElse(topic.sink()), event.networkAddress().orElse(topic.networkAddress()),
                event.sourceAddress(), event.destinationAddress(), (int) event.sourceEndpoint(),
                (int) event.destinationEndpoint(), event.rxTimeMsEpoch(), event.travelTimeMs(), event.hopCount(),
                (int) event.qos(), event.payload(), event.payloadSize().orElse(event.payload().map(p -> (long) p.size())
                        .orElse(0L)),
                chosen.flatMap(o -> o.selection().decoderId()), chosen.map(DecodeOutcome::summary),
                chosen.flatMap(DecodeOutcome::packet).map(packet -> FieldsJson.of(packet.fields())), receivedAtMs);
    }
}
