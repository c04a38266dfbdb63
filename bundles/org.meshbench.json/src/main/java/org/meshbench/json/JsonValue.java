package org.meshbench.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON document tree. Numbers keep full precision and compare by value (1.0 equals 1). Immutable.
 *
 * @since 0.1
 */
public sealed interface JsonValue {

    /**
     * @param value a {@link Map} with text keys (its iteration order is kept), a {@link List}, a
     *            {@link CharSequence}, a {@link Number}, a {@link Boolean}, {@code null} or a
     *            {@link JsonValue}, nested in any depth
     * @return its JSON tree
     * @throws IllegalArgumentException for any other type or a non-finite number
     */
    static JsonValue of(Object value) {
        return switch (value) {
            case null -> new JsonNull();
            case JsonValue json -> json;
            case Map<?, ?> map -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                map.forEach((key, member) -> members.put(key.toString(), of(member)));
                yield new JsonObject(members);
            }
            case List<?> list -> new JsonArray(list.stream().map(JsonValue::of).toList());
            case CharSequence text -> new JsonString(text.toString());
            case Boolean bool -> new JsonBoolean(bool);
            case Double number when !Double.isFinite(number) ->
                throw new IllegalArgumentException("JSON has no " + number);
            case Float number when !Float.isFinite(number) ->
                throw new IllegalArgumentException("JSON has no " + number);
            case BigDecimal number -> new JsonNumber(number);
            case Number number -> new JsonNumber(new BigDecimal(number.toString()));
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        };
    }

    /** @return the JSON type name, for error messages */
    default String typeName() {
        return switch (this) {
            case JsonObject ignored -> "object";
            case JsonArray ignored -> "array";
            case JsonString ignored -> "string";
            case JsonNumber ignored -> "number";
            case JsonBoolean ignored -> "boolean";
            case JsonNull ignored -> "null";
        };
    }

    /**
     * @param members the members in document order (copied)
     */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        /** Copies the members, keeping their order. */
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }

    /**
     * @param elements the elements (copied)
     */
    record JsonArray(List<JsonValue> elements) implements JsonValue {
        /** Copies the elements. */
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    /**
     * @param value the text (not null)
     */
    record JsonString(String value) implements JsonValue {
        /** Checks the component. */
        public JsonString {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * @param value the number as written; equal to any other of the same value, whatever the scale
     */
    record JsonNumber(BigDecimal value) implements JsonValue {
        /** Checks the component. */
        public JsonNumber {
            Objects.requireNonNull(value, "value");
        }

        /**
         * @param value an integer
         */
        public JsonNumber(long value) {
            this(BigDecimal.valueOf(value));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof JsonNumber number && value.compareTo(number.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }

    /**
     * @param value the boolean
     */
    record JsonBoolean(boolean value) implements JsonValue {
    }

    /** The JSON {@code null}. */
    record JsonNull() implements JsonValue {
    }
}
