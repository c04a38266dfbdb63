package org.meshbench.protocol.internal.json;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshbench.json.JsonValue;

/**
 * Fills a message builder from protobuf's canonical JSON, as Python's {@code json_format.Parse}
 * reads it: fields by .proto name or JSON (lowerCamel) name, {@code null} for "not set",
 * integers as numbers or decimal strings, bytes as standard or URL-safe base64, enums by name or
 * number. Unknown fields and values of the wrong type are errors naming the field path.
 * Required fields are not checked here. Stateless and thread-safe.
 */
public final class ProtoJsonReader {

    private ProtoJsonReader() {
    }

    /**
     * @param json    the JSON value for the message
     * @param builder the builder to fill
     * @param path    path of the message itself; empty for the root
     * @throws JsonPathException naming the first field that does not fit
     */
    public static void read(JsonValue json, Message.Builder builder, String path) throws JsonPathException {
        if (!(json instanceof JsonValue.JsonObject object)) {
            throw new JsonPathException(path, "expected an object for message "
                    + builder.getDescriptorForType().getName() + ", found " + json.typeName());
        }
        Set<FieldDescriptor> seen = new HashSet<>();
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            FieldDescriptor field = field(builder.getDescriptorForType(), member.getKey(), path);
            String fieldPath = path.isEmpty() ? field.getName() : path + "." + field.getName();
            if (!seen.add(field)) {
                throw new JsonPathException(fieldPath, "given twice (by .proto name and by JSON name)");
            }
            if (!(member.getValue() instanceof JsonValue.JsonNull)) {
                readField(member.getValue(), builder, field, fieldPath);
            }
        }
    }

    private static FieldDescriptor field(Descriptor type, String name, String path) throws JsonPathException {
        FieldDescriptor field = type.findFieldByName(name);
        if (field != null) {
            return field;
        }
        for (FieldDescriptor candidate : type.getFields()) {
            if (candidate.getJsonName().equals(name)) {
                return candidate;
            }
        }
        throw new JsonPathException(path.isEmpty() ? name : path + "." + name,
                "unknown field \"" + name + "\" in message " + type.getName());
    }

    private static void readField(JsonValue value, Message.Builder builder, FieldDescriptor field, String path)
            throws JsonPathException {
        if (!field.isRepeated()) {
            OneofDescriptor oneof = field.getContainingOneof();
            if (oneof != null && builder.hasOneof(oneof)) {
                throw new JsonPathException(path, "only one field of one-of \"" + oneof.getName()
                        + "\" may be set, but " + builder.getOneofFieldDescriptor(oneof).getName() + " is set too");
            }
            builder.setField(field, element(value, builder, field, path));
            return;
        }
        if (!(value instanceof JsonValue.JsonArray array)) {
            throw new JsonPathException(path, "expected an array for a repeated field, found " + value.typeName());
        }
        List<JsonValue> elements = array.elements();
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = path + "[" + i + "]";
            if (elements.get(i) instanceof JsonValue.JsonNull) {
                throw new JsonPathException(elementPath, "null is not allowed in a repeated field");
            }
            builder.addRepeatedField(field, element(elements.get(i), builder, field, elementPath));
        }
    }

    private static Object element(JsonValue value, Message.Builder builder, FieldDescriptor field, String path)
            throws JsonPathException {
        if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            Message.Builder nested = builder.newBuilderForField(field);
            read(value, nested, path);
            return nested.buildPartial();
        }
        return JsonScalars.convert(value, field, path);
    }
}
