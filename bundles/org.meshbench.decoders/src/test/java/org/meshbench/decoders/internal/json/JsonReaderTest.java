package org.meshbench.decoders.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private static final String MISSING_COLON = "{\n  \"a\" 1\n}";
    private static final String TRAILING_TEXT = "[1] x";
    private static final String BAD_ESCAPE = "\"\\q\"";

    @Test
    void parsesNestedValues() throws JsonException {
        Object parsed = JsonReader.parse("{\"n\": -1.5e2, \"list\": [true, false, null], \"s\": \"\\u00e9\\n\"}");

        assertEquals(Map.of("n", new BigDecimal("-1.5e2"), "list", Arrays.asList(true, false, null),
                "s", "\u00e9\n"), parsed);
    }

    @Test
    void keepsMemberOrder() throws JsonException {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) JsonReader.parse("{\"z\": 1, \"a\": 2}");

        assertEquals(List.of("z", "a"), List.copyOf(parsed.keySet()));
    }

    @Test
    void emptyContainers() throws JsonException {
        assertEquals(Map.of(), JsonReader.parse(" {} "));
        assertEquals(List.of(), JsonReader.parse("[]"));
        assertNull(JsonReader.parse("null"));
    }

    @Test
    void errorsGiveLineAndColumn() {
        assertEquals("expected ':' at line 2, column 7",
                assertThrows(JsonException.class, () -> JsonReader.parse(MISSING_COLON)).getMessage());
        assertThrows(JsonException.class, () -> JsonReader.parse(TRAILING_TEXT));
        assertThrows(JsonException.class, () -> JsonReader.parse(BAD_ESCAPE));
        assertThrows(JsonException.class, () -> JsonReader.parse(""));
    }
}
