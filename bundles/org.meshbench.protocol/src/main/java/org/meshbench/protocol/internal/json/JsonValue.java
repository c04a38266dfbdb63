package org.meshbench.protocol.internal.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A JSON document tree. Numbers keep full precision and compare by value (1.0 equals 1). */
public sealed interface JsonValue {

    /** @return the JSON type name, for error messages */
    String typeName();

    /**
     * @param members the members in document order (copied)
     */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        /** Copies the members, keeping their order. */
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String typeName() {
            return "object";
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

        @Override
        public String typeName() {
            return "array";
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

        @Override
        public String typeName() {
            return "string";
        }
    }

    /**
     * @param value the number, normalized so that equal numbers are equal records
     */
    record JsonNumber(BigDecimal value) implements JsonValue {
        /** Normalizes the scale. */
        public JsonNumber {
            value = value.stripTrailingZeros();
        }

        /**
         * @param value an integer
         */
        public JsonNumber(long value) {
            this(BigDecimal.valueOf(value));
        }

        @Override
        public String typeName() {
            return "number";
        }
    }

    /**
     * @param value the boolean
     */
    record JsonBoolean(boolean value) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** The JSON {@code null}. */
    record JsonNull() implements JsonValue {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
