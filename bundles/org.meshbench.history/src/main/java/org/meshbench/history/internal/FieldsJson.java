package org.meshbench.history.internal;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.decoders.DecodedField;
import org.meshbench.json.JsonValue;
import org.meshbench.json.JsonWriter;

/**
 * The decoded field tree as compact JSON: an array of {@code {"name", "value", "unit", "children"}} objects,
 * byte strings as hex, unit and children only when present.
 */
final class FieldsJson {

    private FieldsJson() {
    }

    static String of(List<DecodedField> fields) {
        return JsonWriter.compact(array(fields));
    }

    private static JsonValue array(List<DecodedField> fields) {
        return new JsonValue.JsonArray(fields.stream().map(FieldsJson::field).toList());
    }

    private static JsonValue field(DecodedField field) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("name", new JsonValue.JsonString(field.name()));
        members.put("value", value(field.value()));
        if (!field.unit().isEmpty()) {
            members.put("unit", new JsonValue.JsonString(field.unit()));
        }
        if (!field.children().isEmpty()) {
            members.put("children", array(field.children()));
        }
        return new JsonValue.JsonObject(members);
    }

    private static JsonValue value(Object value) {
        return switch (value) {
            case null -> new JsonValue.JsonNull();
            case Long number -> new JsonValue.JsonNumber(BigDecimal.valueOf(number));
            case Double number when Double.isFinite(number) -> new JsonValue.JsonNumber(BigDecimal.valueOf(number));
            case Boolean flag -> new JsonValue.JsonBoolean(flag);
            case byte[] bytes -> new JsonValue.JsonString(HexFormat.of().formatHex(bytes));
            default -> new JsonValue.JsonString(value.toString());
        };
    }
}
