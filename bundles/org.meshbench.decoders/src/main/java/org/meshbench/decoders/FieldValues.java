package org.meshbench.decoders;

import java.util.HexFormat;

/** Shared rules for field names and default display texts. */
final class FieldValues {

    private FieldValues() {
    }

    static String checkName(String name) {
        if (name == null || name.isBlank() || name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("field name must be non-blank without '/': " + name);
        }
        return name;
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(value);
    }
}
