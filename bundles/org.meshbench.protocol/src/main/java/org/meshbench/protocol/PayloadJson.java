package org.meshbench.protocol;

import java.util.Objects;
import org.meshbench.json.JsonParser;
import org.meshbench.json.JsonSyntaxException;
import org.meshbench.json.JsonWriter;
import org.meshbench.protocol.internal.json.JsonPathException;
import org.meshbench.protocol.internal.json.ProtoJsonPrinter;
import org.meshbench.protocol.internal.json.ProtoJsonReader;
import org.meshbench.protocol.internal.wire.WireEnvelope.GenericMessage;
import org.meshbench.protocol.topic.Topic;
import org.meshbench.protocol.topic.TopicFormatException;

/**
 * Payload bytes to JSON and back, in protobuf's canonical JSON mapping with the .proto field
 * names: what Python's {@code MessageToDict(message, preserving_proto_field_name=True)} prints
 * (only set fields, 64-bit integers as decimal strings, bytes as base64, enums by name). Both
 * directions check the payload against the topic exactly as {@link GatewayCodec#decode} does.
 * This is the entry point for command-line decode and encode. Stateless and thread-safe.
 */
public final class PayloadJson {

    /** Creates a mapper; it holds no state, so one instance can serve every thread. */
    public PayloadJson() {
        // stateless
    }

    /**
     * @param topic   the MQTT topic (not null)
     * @param payload the MQTT payload (not null)
     * @return the GenericMessage as compact JSON
     * @throws DecodeException as {@link GatewayCodec#decode(String, byte[])}
     */
    public String toJson(String topic, byte[] payload) throws DecodeException {
        return JsonWriter.compact(ProtoJsonPrinter.print(PayloadDecoder.decode(topic, payload).wire()));
    }

    /**
     * @param topic   the MQTT topic (not null)
     * @param payload the MQTT payload (not null)
     * @return the GenericMessage as JSON indented by two spaces
     * @throws DecodeException as {@link GatewayCodec#decode(String, byte[])}
     */
    public String toPrettyJson(String topic, byte[] payload) throws DecodeException {
        return JsonWriter.indented(ProtoJsonPrinter.print(PayloadDecoder.decode(topic, payload).wire()));
    }

    /**
     * @param topic the MQTT topic the payload is for (not null)
     * @param json  a GenericMessage as JSON, for example {@code {"wirepas": {"get_configs_req": {…}}}}
     * @return the serialized GenericMessage
     * @throws JsonMappingException naming the field path, if the topic is unknown, the text is not
     *                              JSON, a field is unknown or has the wrong type, or the resulting
     *                              payload would not decode on {@code topic}
     */
    public byte[] fromJson(String topic, String json) throws JsonMappingException {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(json, "json");
        try {
            Topic.parse(topic);
        } catch (TopicFormatException e) {
            throw new JsonMappingException(topic, "", e.getMessage(), e);
        }
        byte[] payload = mapJson(topic, json).toByteArray();
        try {
            PayloadDecoder.decode(topic, payload);
        } catch (DecodeException e) {
            throw new JsonMappingException(topic, e.fieldPath().orElse(""),
                    e.problem().description() + ": " + e.detail(), e);
        }
        return payload;
    }

    private static GenericMessage mapJson(String topic, String json) throws JsonMappingException {
        try {
            GenericMessage.Builder builder = GenericMessage.newBuilder();
            ProtoJsonReader.read(JsonParser.parse(json), builder, "");
            return builder.buildPartial();
        } catch (JsonSyntaxException e) {
            throw new JsonMappingException(topic, "", e.getMessage(), e);
        } catch (JsonPathException e) {
            throw new JsonMappingException(topic, e.path(), e.detail(), e);
        }
    }
}
