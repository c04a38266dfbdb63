package org.meshbench.decoders.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.meshbench.decoders.EndpointPair;

/** Turns the parsed JSON of a vector file into records; rejects what it does not understand. */
final class VectorParser {

    private VectorParser() {
    }

    static TestVectorFile file(Object json) {
        Map<String, Object> root = object(json, "the file");
        String decoderId = text(root.get("decoder"), "decoder");
        Object defaultEndpoints = root.get("endpoints");
        List<TestVector> vectors = new ArrayList<>();
        for (Object element : list(root.get("vectors"), "vectors")) {
            vectors.add(vector(object(element, "a vector"), defaultEndpoints));
        }
        return new TestVectorFile(decoderId, vectors);
    }

    private static TestVector vector(Map<String, Object> json, Object defaultEndpoints) {
        String name = text(json.get("name"), "name");
        Object endpoints = json.containsKey("endpoints") ? json.get("endpoints") : defaultEndpoints;
        String where = "vector '" + name + "': ";
        try {
            byte[] payload = HexFormat.of().parseHex(text(json.get("payload"), "payload").replace(" ", ""));
            Map<String, ExpectedField> fields = new LinkedHashMap<>();
            object(json.getOrDefault("fields", Map.of()), "fields")
                    .forEach((path, expected) -> fields.put(path, field(expected, path)));
            Map<String, BigDecimal> series = new LinkedHashMap<>();
            object(json.getOrDefault("series", Map.of()), "series")
                    .forEach((key, value) -> series.put(key, number(value, "series " + key)));
            Optional<String> summary = Optional.ofNullable(json.get("summary")).map(s -> text(s, "summary"));
            Optional<ExpectedError> error = Optional.ofNullable(json.get("error")).map(VectorParser::error);
            return new TestVector(name, endpoints(endpoints), payload, summary, fields, series, error);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static ExpectedField field(Object expected, String path) {
        if (!(expected instanceof Map<?, ?>)) {
            return new ExpectedField(true, expected, Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), OptionalInt.empty());
        }
        Map<String, Object> parts = object(expected, path);
        return new ExpectedField(parts.containsKey("value"), parts.get("value"),
                Optional.ofNullable(parts.get("display")).map(d -> text(d, path + " display")),
                Optional.ofNullable(parts.get("unit")).map(u -> text(u, path + " unit")),
                optionalInt(parts.get("offset"), path + " offset"),
                optionalInt(parts.get("length"), path + " length"));
    }

    private static ExpectedError error(Object json) {
        Map<String, Object> parts = object(json, "error");
        return new ExpectedError(optionalInt(parts.get("offset"), "error offset"),
                Optional.ofNullable(parts.get("contains")).map(c -> text(c, "error contains")));
    }

    private static EndpointPair endpoints(Object json) {
        List<Object> pair = list(json, "endpoints");
        if (pair.size() != 2) {
            throw new IllegalArgumentException("endpoints must be [source, destination]");
        }
        return new EndpointPair(integer(pair.get(0), "source endpoint"),
                integer(pair.get(1), "destination endpoint"));
    }

    private static OptionalInt optionalInt(Object json, String what) {
        return json == null ? OptionalInt.empty() : OptionalInt.of(integer(json, what));
    }

    private static int integer(Object json, String what) {
        try {
            return number(json, what).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " must be an integer", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object json, String what) {
        if (json instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " must be a JSON object");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json, String what) {
        if (json instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException(what + " must be a JSON array");
    }

    private static String text(Object json, String what) {
        if (json instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException(what + " must be a string");
    }

    private static BigDecimal number(Object json, String what) {
        if (json instanceof BigDecimal number) {
            return number;
        }
        throw new IllegalArgumentException(what + " must be a number");
    }
}
