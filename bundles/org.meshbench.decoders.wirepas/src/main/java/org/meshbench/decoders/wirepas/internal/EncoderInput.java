package org.meshbench.decoders.wirepas.internal;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.meshbench.decoders.EncodeException;

/**
 * Typed access to the named fields handed to an encoder. Remembers which fields were read so
 * that a misspelt field name is reported instead of silently ignored.
 */
final class EncoderInput {

    private final Map<String, Object> fields;
    private final Set<String> used = new HashSet<>();

    EncoderInput(Map<String, Object> fields) {
        this.fields = fields;
    }

    boolean has(String path) {
        return fields.containsKey(path);
    }

    /** @return how many groups {@code name[0]}, {@code name[1]}, … have at least one field */
    int groups(String name) {
        int count = 0;
        while (hasGroup(Fields.indexed(name, count) + "/")) {
            count++;
        }
        return count;
    }

    Object raw(String path) throws EncodeException {
        if (!fields.containsKey(path)) {
            throw new EncodeException("missing field " + path);
        }
        used.add(path);
        return fields.get(path);
    }

    /** Accepts a number or a decimal or {@code 0x} hex string. */
    long number(String path, long min, long max) throws EncodeException {
        Object value = raw(path);
        long number;
        try {
            number = switch (value) {
                case Number n when n.doubleValue() == n.longValue() -> n.longValue();
                case String s when s.startsWith("0x") || s.startsWith("0X") -> Long.parseLong(s.substring(2), 16);
                case String s -> Long.parseLong(s.trim());
                case null, default -> throw new EncodeException(path + " must be an integer, not " + value);
            };
        } catch (NumberFormatException e) {
            throw new EncodeException(path + " must be an integer, not '" + value + "'", e);
        }
        if (number < min || number > max) {
            throw new EncodeException(path + " must be in " + min + ".." + max + ", not " + number);
        }
        return number;
    }

    /** Accepts a byte array or a hex string (spaces ignored). */
    byte[] bytes(String path) throws EncodeException {
        Object value = raw(path);
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof String text) {
            try {
                return HexFormat.of().parseHex(text.replace(" ", ""));
            } catch (IllegalArgumentException e) {
                throw new EncodeException(path + " must be hex bytes, not '" + text + "'", e);
            }
        }
        throw new EncodeException(path + " must be bytes or a hex string, not " + value);
    }

    /** @throws EncodeException naming every field that was given but not used */
    void rejectUnused() throws EncodeException {
        Set<String> unused = new TreeSet<>(fields.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new EncodeException("unknown field(s) " + String.join(", ", unused));
        }
    }

    private boolean hasGroup(String prefix) {
        return fields.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }
}
