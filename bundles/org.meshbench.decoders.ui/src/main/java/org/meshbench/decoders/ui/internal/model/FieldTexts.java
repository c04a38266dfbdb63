package org.meshbench.decoders.ui.internal.model;

import org.meshbench.decoders.DecodedField;

/** The columns of the decoded field tree. */
public final class FieldTexts {

    private FieldTexts() {
    }

    /**
     * @param field a field
     * @return its display text; empty for a pure group
     */
    public static String value(DecodedField field) {
        return field.value() == null ? "" : field.display();
    }

    /**
     * @param field a field
     * @return {@code offset+length} of its bytes, or {@code –} for a computed value
     */
    public static String bytes(DecodedField field) {
        return field.hasSpan() ? field.offset() + "+" + field.length() : "–";
    }
}
