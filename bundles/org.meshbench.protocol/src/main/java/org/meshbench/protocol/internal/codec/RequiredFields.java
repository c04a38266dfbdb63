package org.meshbench.protocol.internal.codec;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.List;
import java.util.Optional;

/**
 * Finds a missing required field, with its path. Unlike protobuf's own check it accepts a
 * required enum whose number this version does not know (protobuf files it under unknown
 * fields): the gateway did send the field, and the typed decoder maps it to an UNKNOWN constant.
 */
public final class RequiredFields {

    private RequiredFields() {
    }

    /**
     * @param message a message parsed with {@code parsePartialFrom}
     * @param path    path of {@code message} itself, for example {@code wirepas}; empty for the root
     * @return the path of the first missing required field, in field order, depth first
     */
    public static Optional<String> firstMissing(Message message, String path) {
        if (message.isInitialized()) {
            return Optional.empty(); // protobuf's generated check is fast; reflection only for the rare rest
        }
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            String fieldPath = path.isEmpty() ? field.getName() : path + "." + field.getName();
            if (field.isRequired() && !message.hasField(field) && !sentAsUnknownEnum(message, field)) {
                return Optional.of(fieldPath);
            }
            Optional<String> nested = missingInside(message, field, fieldPath);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> missingInside(Message message, FieldDescriptor field, String fieldPath) {
        if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
            return Optional.empty();
        }
        if (!field.isRepeated()) {
            return message.hasField(field) ? firstMissing((Message) message.getField(field), fieldPath)
                    : Optional.empty();
        }
        List<?> elements = (List<?>) message.getField(field);
        for (int i = 0; i < elements.size(); i++) {
            Optional<String> missing = firstMissing((Message) elements.get(i), fieldPath + "[" + i + "]");
            if (missing.isPresent()) {
                return missing;
            }
        }
        return Optional.empty();
    }

    private static boolean sentAsUnknownEnum(Message message, FieldDescriptor field) {
        return field.getType() == FieldDescriptor.Type.ENUM
                && !message.getUnknownFields().getField(field.getNumber()).getVarintList().isEmpty();
    }
}
