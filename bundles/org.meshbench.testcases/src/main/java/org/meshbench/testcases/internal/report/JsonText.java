package org.meshbench.testcases.internal.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, texts, numbers and booleans as indented JSON. Maps keep their
 * iteration order, so a {@link java.util.LinkedHashMap} gives a stable layout. Stateless.
 */
public final class JsonText {

    private static final String INDENT = "  ";

    private JsonText() {
    }

    /**
     * @param value a {@link Map} with text keys, a {@link List}, a {@link CharSequence}, a
     *            {@link Number}, a {@link Boolean} or {@code null}
     * @return its JSON text
     * @throws IllegalArgumentException for any other type or a non-finite number
     */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> container(map.entrySet().iterator(), '{', '}', out, indent);
            case List<?> list -> container(list.iterator(), '[', ']', out, indent);
            case CharSequence text -> string(text, out);
            case Boolean bool -> out.append(bool);
            case Double number when !Double.isFinite(number) ->
                throw new IllegalArgumentException("JSON has no " + number);
            case Number number -> out.append(number);
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void container(Iterator<?> items, char open, char close, StringBuilder out, String indent) {
        out.append(open);
        if (!items.hasNext()) {
            out.append(close);
            return;
        }
        String inner = indent + INDENT;
        while (items.hasNext()) {
            out.append('\n').append(inner);
            Object item = items.next();
            if (item instanceof Map.Entry<?, ?> entry) {
                string(entry.getKey().toString(), out);
                out.append(": ");
                write(entry.getValue(), out, inner);
            } else {
                write(item, out, inner);
            }
            out.append(items.hasNext() ? "," : "");
        }
        out.append('\n').append(indent).append(close);
    }

    private static void string(CharSequence text, StringBuilder out) {
        out.append('"');
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c));
            }
        });
        out.append('"');
    }
}
