package org.meshbench.protocol.internal.json;

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
    void errorsGiveLineAndColumn() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> JsonParser.parse("{\n  \"a\": x}"));
        assertTrue(e.getMessage().contains("line 2, column 8"), e.getMessage());
    }

    @Test
    void writerOutputReadsBackTheSame() throws JsonSyntaxException {
        JsonValue value = JsonParser.parse("{\"text\": \"quote\\\" back\\\\ nl\\n ctl\\u0001 \u00e9\","
                + " \"list\": [], \"object\": {}, \"n\": -0.25}");
        assertEquals(value, JsonParser.parse(JsonWriter.write(value, false)));
        assertEquals(value, JsonParser.parse(JsonWriter.write(value, true)));
        assertEquals("{\"a\":[1,\"\\u0001\"]}", JsonWriter.write(JsonParser.parse("{\"a\": [1, \"\\u0001\"]}"), false));
    }

    private static void assertRejected(String text, String message) {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> JsonParser.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
