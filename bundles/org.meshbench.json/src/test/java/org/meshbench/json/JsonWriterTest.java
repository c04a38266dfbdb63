package org.meshbench.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer's output reads back the same; plain Java trees become JSON trees. */
class JsonWriterTest {

    @Test
    void outputReadsBackTheSame() throws JsonSyntaxException {
        JsonValue value = JsonParser.parse("{\"text\": \"quote\\\" back\\\\ nl\\n ctl\\u0001 \u00e9\","
                + " \"list\": [], \"object\": {}, \"n\": -0.25, \"big\": 8e3}");

        assertEquals(value, JsonParser.parse(JsonWriter.compact(value)));
        assertEquals(value, JsonParser.parse(JsonWriter.indented(value)));
        assertEquals("{\"a\":[1,\"\\u0001\"]}", JsonWriter.compact(JsonParser.parse("{\"a\": [1, \"\\u0001\"]}")));
    }

    @Test
    void indentsByTwoSpacesPerLevel() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "tab\there");
        tree.put("values", List.of(1, 2.5));
        tree.put("empty", Map.of());
        tree.put("none", Arrays.asList(null, true));

        assertEquals("""
                {
                  "name": "tab\\there",
                  "values": [
                    1,
                    2.5
                  ],
                  "empty": {},
                  "none": [
                    null,
                    true
                  ]
                }""", JsonWriter.indented(JsonValue.of(tree)));
    }

    @Test
    void plainJavaValuesBecomeJson() {
        assertEquals(new JsonValue.JsonNumber(new BigDecimal("41.25")), JsonValue.of(41.25));
        assertEquals(new JsonValue.JsonNumber(4321), JsonValue.of(4321L));
        assertEquals(new JsonValue.JsonString("x"), JsonValue.of(new StringBuilder("x")));
        assertThrows(IllegalArgumentException.class, () -> JsonValue.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonValue.of(new Object()));
    }
}
