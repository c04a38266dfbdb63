package org.meshbench.decoders.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.meshbench.json.JsonValue;
import org.meshbench.mesh.EndpointPair;

/** Turns the parsed JSON of a vector file into records; rejects what it does not understand. */
final class VectorParser {

    private VectorParser() {
    }

    static TestVectorFile file(JsonValue json) {
        Map<String, JsonValue> root = object(json, "the file");
        String decoderId = text(root.get("decoder"), "decoder");
        JsonValue defaultEndpoints = root.get("endpoints");
        List<TestVector> vectors = new ArrayList<>();
        for (JsonValue element : list(root.get("vectors"), "vectors")) {
            vectors.add(vector(object(element, "a vector"), defaultEndpoints));
        }
        return new TestVectorFile(decoderId, vectors);
    }

    private static TestVector vector(Map<String, JsonValue> json, JsonValue defaultEndpoints) {
        String name = text(json.get("name"), "name");
        JsonValue endpoints = json.containsKey("endpoints") ? json.get("endpoints") : defaultEndpoints;
        String where = "vector '" + name + "': ";
        try {
            byte[] payload = HexFormat.of().parseHex(text(json.get("payload"), "payload").replace(" ", ""));
            Map<String, ExpectedField> fields = new LinkedHashMap<>();
            optional(json, "fields").map(f -> object(f, "fields")).orElse(Map.of())
                    .forEach((path, expected) -> fields.put(path, field(expected, path)));
            Map<String, BigDecimal> series = new LinkedHashMap<>();
            optional(json, "series").map(s -> object(s, "series")).orElse(Map.of())
                    .forEach((key, value) -> series.put(key, number(value, "series " + key)));
            Optional<String> summary = optional(json, "summary").map(s -> text(s, "summary"));
            Optional<ExpectedError> error = optional(json, "error").map(VectorParser::error);
            return new TestVector(name, endpoints(endpoints), payload, summary, fields, series, error);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static ExpectedField field(JsonValue expected, String path) {
        if (!(expected instanceof JsonValue.JsonObject)) {
            return new ExpectedField(true, scalar(expected, path), Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), OptionalInt.empty());
        }
        Map<String, JsonValue> parts = object(expected, path);
        JsonValue value = parts.getOrDefault("value", new JsonValue.JsonNull());
        return new ExpectedField(parts.containsKey("value"), scalar(value, path),
                optional(parts, "display").map(d -> text(d, path + " display")),
                optional(parts, "unit").map(u -> text(u, path + " unit")),
                optionalInt(parts, "offset", path + " offset"),
                optionalInt(parts, "length", path + " length"));
    }

    private static ExpectedError error(JsonValue json) {
        Map<String, JsonValue> parts = object(json, "error");
        return new ExpectedError(optionalInt(parts, "offset", "error offset"),
                optional(parts, "contains").map(c -> text(c, "error contains")));
    }

    private static EndpointPair endpoints(JsonValue json) {
        List<JsonValue> pair = list(json, "endpoints");
        if (pair.size() != 2) {
            throw new IllegalArgumentException("endpoints must be [source, destination]");
        }
        return new EndpointPair(integer(pair.get(0), "source endpoint"),
                integer(pair.get(1), "destination endpoint"));
    }

    /** A member that is absent or {@code null} is not given. */
    private static Optional<JsonValue> optional(Map<String, JsonValue> object, String member) {
        return Optional.ofNullable(object.get(member)).filter(value -> !(value instanceof JsonValue.JsonNull));
    }

    private static OptionalInt optionalInt(Map<String, JsonValue> object, String member, String what) {
        return optional(object, member).map(json -> OptionalInt.of(integer(json, what))).orElse(OptionalInt.empty());
    }

    private static int integer(JsonValue json, String what) {
        try {
            return number(json, what).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " must be an integer", e);
        }
    }

    /** @return the value {@link ExpectedField#value()} documents */
    private static Object scalar(JsonValue json, String what) {
        return switch (json) {
            case JsonValue.JsonNumber number -> number.value();
            case JsonValue.JsonString text -> text.value();
            case JsonValue.JsonBoolean bool -> bool.value();
            case JsonValue.JsonNull ignored -> null;
            default -> throw new IllegalArgumentException(what + " must be a number, a string, true, false or null");
        };
    }

    private static Map<String, JsonValue> object(JsonValue json, String what) {
        if (json instanceof JsonValue.JsonObject object) {
            return object.members();
        }
        throw new IllegalArgumentException(what + " must be a JSON object");
    }

    private static List<JsonValue> list(JsonValue json, String what) {
        if (json instanceof JsonValue.JsonArray array) {
            return array.elements();
        }
        throw new IllegalArgumentException(what + " must be a JSON array");
    }

    private static String text(JsonValue json, String what) {
        if (json instanceof JsonValue.JsonString text) {
            return text.value();
        }
        throw new IllegalArgumentException(what + " must be a string");
    }

    private static BigDecimal number(JsonValue json, String what) {
        if (json instanceof JsonValue.JsonNumber number) {
            return number.value();
        }
        throw new IllegalArgumentException(what + " must be a number");
    }
}
