package org.meshbench.decoders.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text (RFC 8259) into {@link Map} (keys in file order), {@link List},
 * {@link String}, {@link BigDecimal}, {@link Boolean} and {@code null}. Not thread-safe.
 */
public final class JsonReader {

    private final String text;
    private int position;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * @param text a JSON document
     * @return the parsed value
     * @throws JsonException if the text is not valid JSON, naming line and column
     */
    public static Object parse(String text) throws JsonException {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position < text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value() throws JsonException {
        skipWhitespace();
        if (position >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() throws JsonException {
        Map<String, Object> members = new LinkedHashMap<>();
        position++;
        if (consume('}')) {
            return members;
        }
        do {
            skipWhitespace();
            if (!peekIs('"')) {
                throw error("expected a member name");
            }
            String name = string();
            expect(':');
            members.put(name, value());
        } while (consume(','));
        expect('}');
        return members;
    }

    private List<Object> array() throws JsonException {
        List<Object> elements = new ArrayList<>();
        position++;
        if (consume(']')) {
            return elements;
        }
        do {
            elements.add(value());
        } while (consume(','));
        expect(']');
        return elements;
    }

    private String string() throws JsonException {
        StringBuilder out = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                throw error("control character in string");
            } else {
                out.append(c);
            }
        }
        throw error("unterminated string");
    }

    private char escape() throws JsonException {
        if (position >= text.length()) {
            throw error("unterminated escape");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw error("invalid escape \\" + c);
        };
    }

    private char unicodeEscape() throws JsonException {
        if (position + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
            position += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("invalid \\u escape");
        }
    }

    private BigDecimal number() throws JsonException {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        String token = text.substring(start, position);
        if (token.isEmpty() || token.startsWith("+") || token.startsWith(".")) {
            position = start;
            throw error("unexpected character '" + text.charAt(start) + "'");
        }
        try {
            return new BigDecimal(token);
        } catch (NumberFormatException e) {
            position = start;
            throw error("invalid number " + token);
        }
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, position)) {
            throw error("unexpected character '" + text.charAt(position) + "'");
        }
        position += word.length();
        return value;
    }

    private void expect(char c) throws JsonException {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private boolean consume(char c) {
        skipWhitespace();
        if (peekIs(c)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean peekIs(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void skipWhitespace() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private JsonException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonException(message + " at line " + line + ", column " + column);
    }
}
