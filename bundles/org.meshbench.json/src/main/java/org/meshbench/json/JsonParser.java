package org.meshbench.json;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text (RFC 8259) into a {@link JsonValue}. Rejects duplicate member names, since
 * readers could not tell which one is meant, and nesting deeper than {@value #MAX_DEPTH} levels,
 * so that hostile input cannot exhaust the stack. Errors name the line, the column and the path
 * of the value being read, e.g. {@code $.vectors[2].payload}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class JsonParser {

    /** How deep objects and arrays may nest. */
    public static final int MAX_DEPTH = 100;

    private final String text;
    private final Deque<String> path = new ArrayDeque<>();
    private int position;
    private int depth;

    private JsonParser(String text) {
        this.text = text;
    }

    /**
     * @param text JSON text
     * @return the document
     * @throws JsonSyntaxException if the text is not one JSON value
     */
    public static JsonValue parse(String text) throws JsonSyntaxException {
        JsonParser parser = new JsonParser(text);
        JsonValue value = parser.value();
        parser.skipWhitespace();
        if (parser.position < text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
        return value;
    }

    private JsonValue value() throws JsonSyntaxException {
        skipWhitespace();
        if (position >= text.length()) {
            throw error("unexpected end of text, expected a value");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> nested(true);
            case '[' -> nested(false);
            case '"' -> new JsonValue.JsonString(string());
            case 't' -> literal("true", new JsonValue.JsonBoolean(true));
            case 'f' -> literal("false", new JsonValue.JsonBoolean(false));
            case 'n' -> literal("null", new JsonValue.JsonNull());
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private JsonValue nested(boolean object) throws JsonSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        JsonValue value = object ? object() : array();
        depth--;
        return value;
    }

    private JsonValue object() throws JsonSyntaxException {
        position++; // '{'
        Map<String, JsonValue> members = new LinkedHashMap<>();
        if (consumeIf('}')) {
            return new JsonValue.JsonObject(members);
        }
        do {
            skipWhitespace();
            if (position >= text.length() || text.charAt(position) != '"') {
                throw error("expected a member name in double quotes");
            }
            String name = string();
            if (members.containsKey(name)) {
                throw error("duplicate member name \"" + name + "\"");
            }
            path.addLast("." + name);
            expect(':');
            members.put(name, value());
            path.removeLast();
        } while (consumeIf(','));
        expect('}');
        return new JsonValue.JsonObject(members);
    }

    private JsonValue array() throws JsonSyntaxException {
        position++; // '['
        List<JsonValue> elements = new ArrayList<>();
        if (consumeIf(']')) {
            return new JsonValue.JsonArray(elements);
        }
        do {
            path.addLast("[" + elements.size() + "]");
            elements.add(value());
            path.removeLast();
        } while (consumeIf(','));
        expect(']');
        return new JsonValue.JsonArray(elements);
    }

    private String string() throws JsonSyntaxException {
        position++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error(String.format("control character U+%04X must be escaped in a string", (int) c));
            }
            out.append(c == '\\' ? escape() : c);
        }
    }

    private char escape() throws JsonSyntaxException {
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
            default -> throw error("invalid escape '\\" + c + "'");
        };
    }

    private char unicodeEscape() throws JsonSyntaxException {
        if (position + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        String hex = text.substring(position, position + 4);
        if (!hex.chars().allMatch(h -> "0123456789abcdefABCDEF".indexOf(h) >= 0)) {
            throw error("invalid \\u escape \"" + hex + "\"");
        }
        position += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private JsonValue number() throws JsonSyntaxException {
        int start = position;
        nextIs('-');
        if (!digits(true)) {
            throw error("invalid number");
        }
        if (nextIs('.') && !digits(false)) {
            throw error("invalid number: digits expected after '.'");
        }
        if (nextIs('e') || nextIs('E')) {
            if (!nextIs('+')) {
                nextIs('-');
            }
            if (!digits(false)) {
                throw error("invalid number: digits expected in the exponent");
            }
        }
        return new JsonValue.JsonNumber(new BigDecimal(text.substring(start, position)));
    }

    /** Consumes {@code c} if it is the very next character (no whitespace allowed inside numbers). */
    private boolean nextIs(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    /** With {@code integerPart}, a leading zero must stand alone, as JSON requires. */
    private boolean digits(boolean integerPart) {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        if (integerPart && position - start > 1 && text.charAt(start) == '0') {
            return false;
        }
        return position > start;
    }

    private JsonValue literal(String word, JsonValue value) throws JsonSyntaxException {
        if (!text.startsWith(word, position)) {
            throw error("unexpected character '" + text.charAt(position) + "'");
        }
        position += word.length();
        return value;
    }

    private void expect(char c) throws JsonSyntaxException {
        if (!consumeIf(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private boolean consumeIf(char c) {
        skipWhitespace();
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void skipWhitespace() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private JsonSyntaxException error(String message) {
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
        String where = path.isEmpty() ? "" : " in $" + String.join("", path);
        return new JsonSyntaxException("invalid JSON at line " + line + ", column " + column + where + ": " + message);
    }
}
