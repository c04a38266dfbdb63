package org.meshbench.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON reader accepts RFC 8259 text and nothing else; the writer's output reads back the same. */
class JsonParserTest {

    @Test
    void parsesEveryValueType() throws JsonSyntaxException {
        JsonValue value = JsonParser.parse(" {\"a\": [1, -2.5e1, true, false, null], \"b\": {\"c\": \"d\"}} ");
        JsonValue expected = new JsonValue.JsonObject(Map.of(
                "a", new JsonValue.JsonArray(List.of(new JsonValue.JsonNumber(1), new JsonValue.JsonNumber(-25),
                        new JsonValue.JsonBoolean(true), new JsonValue.JsonBoolean(false), new JsonValue.JsonNull())),
                "b", new JsonValue.JsonObject(Map.of("c", new JsonValue.JsonString("d")))));
        assertEquals(expected, value);
    }

    @Test
    void numbersCompareByValue() throws JsonSyntaxException {
        assertEquals(JsonParser.parse("1.50"), JsonParser.parse("1.5"));
        assertEquals(JsonParser.parse("8000"), JsonParser.parse("8e3"));
        assertEquals(new JsonValue.JsonNumber(new BigDecimal("18446744073709551615")),
                JsonParser.parse("18446744073709551615"));
    }

    @Test
    void decodesEscapes() throws JsonSyntaxException {
        assertEquals(new JsonValue.JsonString("\"\\/\b\f\n\r\t\u00e9\ud83d\ude00"),
                JsonParser.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\""));
    }

    @Test
    void rejectsWhatJsonDoesNotAllow() {
        assertRejected("01", "invalid number");
        assertRejected("1 .5", "unexpected text after the JSON value");
        assertRejected("1.", "digits expected after '.'");
        assertRejected("[1,]", "unexpected character ']'");
        assertRejected("{\"a\": 1, \"a\": 2}", "duplicate member name \"a\"");
        assertRejected("\"open", "unterminated string");
        assertRejected("\"tab\there\"", "control character U+0009");
        assertRejected("\"\\x\"", "invalid escape");
        assertRejected("\"\\u12g4\"", "invalid \\u escape");
        assertRejected("{1: 2}", "expected a member name");
        assertRejected("tru", "unexpected character 't'");
        assertRejected("", "unexpected end of text");
        assertRejected("[".repeat(JsonParser.MAX_DEPTH + 1), "nesting deeper than");
    }

    @Test
    void keepsMemberOrderAndEmptyContainers() throws JsonSyntaxException {
        JsonValue.JsonObject parsed = (JsonValue.JsonObject) JsonParser.parse("{\"z\": 1, \"a\": {}, \"m\": []}");

        assertEquals(List.of("z", "a", "m"), List.copyOf(parsed.members().keySet()));
        assertEquals(new JsonValue.JsonObject(Map.of()), parsed.members().get("a"));
        assertEquals(new JsonValue.JsonArray(List.of()), parsed.members().get("m"));
    }

    @Test
    void numbersKeepTheirTextButCompareByValue() throws JsonSyntaxException {
        JsonValue.JsonNumber number = (JsonValue.JsonNumber) JsonParser.parse("-1.5e2");

        assertEquals(new BigDecimal("-1.5e2"), number.value());
        assertEquals(new JsonValue.JsonNumber(-150), number);
        assertEquals(new JsonValue.JsonNumber(-150).hashCode(), number.hashCode());
    }

    @Test
    void errorsGiveLineColumnAndPath() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> JsonParser.parse("{\n  \"a\": x}"));
        assertTrue(e.getMessage().contains("line 2, column 8"), e.getMessage());
        assertEquals("invalid JSON at line 2, column 7 in $.a: expected ':'",
                assertThrows(JsonSyntaxException.class, () -> JsonParser.parse("{\n  \"a\" 1\n}")).getMessage());
        assertRejected("{\"vectors\": [{}, {\"payload\": tru}]}", "in $.vectors[1].payload: unexpected character 't'");
        assertRejected("[1] x", "at line 1, column 5: unexpected text after the JSON value");
    }

    private static void assertRejected(String text, String message) {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> JsonParser.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
