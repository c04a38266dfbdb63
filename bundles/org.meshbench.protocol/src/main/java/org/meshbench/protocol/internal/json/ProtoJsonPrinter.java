package org.meshbench.protocol.internal.json;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.json.JsonValue;

/**
 * Prints a message in protobuf's canonical JSON mapping with the .proto field names, as Python's
 * {@code MessageToDict(message, preserving_proto_field_name=True)} does: only set fields, 64-bit
 * integers as decimal strings, bytes as base64, enums by name, repeated fields as arrays. Enum
 * numbers this version does not know are unknown fields to protobuf and are left out, as there.
 * Stateless and thread-safe.
 */
public final class ProtoJsonPrinter {

    private ProtoJsonPrinter() {
    }

    /**
     * @param message any message of the gateway API
     * @return its JSON object, fields in number order
     */
    public static JsonValue.JsonObject print(Message message) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            if (field.isRepeated()) {
                int count = message.getRepeatedFieldCount(field);
                if (count > 0) {
                    List<JsonValue> elements = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        elements.add(value(field, message.getRepeatedField(field, i)));
                    }
                    members.put(field.getName(), new JsonValue.JsonArray(elements));
                }
            } else if (message.hasField(field)) {
                members.put(field.getName(), value(field, message.getField(field)));
            }
        }
        return new JsonValue.JsonObject(members);
    }

    private static JsonValue value(FieldDescriptor field, Object value) {
        return switch (field.getType()) {
            case UINT32, FIXED32 -> new JsonValue.JsonNumber(Integer.toUnsignedLong((Integer) value));
            case INT32, SINT32, SFIXED32 -> new JsonValue.JsonNumber((Integer) value);
            case UINT64, FIXED64 -> new JsonValue.JsonString(Long.toUnsignedString((Long) value));
            case INT64, SINT64, SFIXED64 -> new JsonValue.JsonString(Long.toString((Long) value));
            case BOOL -> new JsonValue.JsonBoolean((Boolean) value);
            case STRING -> new JsonValue.JsonString((String) value);
            case BYTES ->
                new JsonValue.JsonString(Base64.getEncoder().encodeToString(((ByteString) value).toByteArray()));
            case ENUM -> new JsonValue.JsonString(((EnumValueDescriptor) value).getName());
            case MESSAGE, GROUP -> print((Message) value);
            case FLOAT, DOUBLE -> throw new IllegalArgumentException(
                    "field " + field.getFullName() + ": floating-point fields are not part of the gateway API");
        };
    }
}
