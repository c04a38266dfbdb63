package org.meshbench.json;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes a {@link JsonValue} as JSON text (RFC 8259), members in their order. Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class JsonWriter {

    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    /**
     * @param value the document
     * @return its JSON text without any whitespace
     */
    public static String compact(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, false, 0, out);
        return out.toString();
    }

    /**
     * @param value the document
     * @return its JSON text with one member or element per line, indented by two spaces per level
     */
    public static String indented(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, true, 0, out);
        return out.toString();
    }

    private static void write(JsonValue value, boolean pretty, int level, StringBuilder out) {
        switch (value) {
            case JsonValue.JsonObject object -> writeObject(object.members(), pretty, level, out);
            case JsonValue.JsonArray array -> writeArray(array, pretty, level, out);
            case JsonValue.JsonString string -> quote(string.value(), out);
            // BigDecimal's text is JSON, and unlike the plain form it stays short for 1e999999999.
            case JsonValue.JsonNumber number -> out.append(number.value());
            case JsonValue.JsonBoolean bool -> out.append(bool.value());
            case JsonValue.JsonNull ignored -> out.append("null");
        }
    }

    private static void writeObject(Map<String, JsonValue> members, boolean pretty, int level, StringBuilder out) {
        out.append('{');
        Iterator<Map.Entry<String, JsonValue>> entries = members.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonValue> entry = entries.next();
            newLine(pretty, level + 1, out);
            quote(entry.getKey(), out);
            out.append(pretty ? ": " : ":");
            write(entry.getValue(), pretty, level + 1, out);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        if (!members.isEmpty()) {
            newLine(pretty, level, out);
        }
        out.append('}');
    }

    private static void writeArray(JsonValue.JsonArray array, boolean pretty, int level, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.elements().size(); i++) {
            newLine(pretty, level + 1, out);
            write(array.elements().get(i), pretty, level + 1, out);
            if (i < array.elements().size() - 1) {
                out.append(',');
            }
        }
        if (!array.elements().isEmpty()) {
            newLine(pretty, level, out);
        }
        out.append(']');
    }

    private static void newLine(boolean pretty, int level, StringBuilder out) {
        if (pretty) {
            out.append('\n').append(INDENT.repeat(level));
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
