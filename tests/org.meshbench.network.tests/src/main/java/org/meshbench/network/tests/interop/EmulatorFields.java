package org.meshbench.network.tests.interop;

import java.util.Map;
import java.util.TreeMap;
import org.meshbench.protocol.value.Bytes;

/**
 * One data line of the emulator's answer: a request as the official codec decoded it, or a sink
 * configuration as the emulator reports it, by the official dictionary keys (nested keys dotted,
 * bytes in hex, enums by their official names). Immutable.
 *
 * @param values the values by key
 */
record EmulatorFields(Map<String, String> values) {
    /** How data lines start. */
    static final String PREFIX = "= ";

    EmulatorFields {
        values = Map.copyOf(values);
    }

    /**
     * @param line {@code = key=value key=value ...}
     * @return its values
     */
    static EmulatorFields parse(String line) {
        Map<String, String> values = new TreeMap<>();
        for (String pair : line.substring(PREFIX.length()).split(" ")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return new EmulatorFields(values);
    }

    /** @return whether the key is present */
    boolean has(String key) {
        return values.containsKey(key);
    }

    /** @return the value as text; fails naming the keys there are if it is absent */
    String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new AssertionError("the emulator reported no " + key + " but " + new TreeMap<>(values));
        }
        return value;
    }

    /** @return the value as a number (unsigned 64-bit numbers such as request ids too) */
    long number(String key) {
        return Long.parseUnsignedLong(text(key));
    }

    /** @return the value as a boolean */
    boolean flag(String key) {
        return Boolean.parseBoolean(text(key));
    }

    /** @return the value as bytes (from hex) */
    Bytes bytes(String key) {
        return Bytes.fromHex(text(key));
    }

    @Override
    public String toString() {
        return new TreeMap<>(values).toString();
    }
}
