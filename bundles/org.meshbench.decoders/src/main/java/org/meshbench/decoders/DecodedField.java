package org.meshbench.decoders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One node of a decoded payload: a named value with its display text, unit and the bytes it came
 * from, and optionally child fields. Immutable and thread-safe.
 *
 * <p>A value is a {@link Long}, {@link Double}, {@link Boolean}, {@link String}, a byte array
 * (returned as a copy) or {@code null} for a pure group. Names may not contain {@code '/'},
 * which separates the names in a {@linkplain DecodedPacket#find(String) field path}; repeated
 * siblings are told apart by an index, e.g. {@code neighbor[0]}. A field that was computed
 * rather than read (a version string built from four bytes) may have no byte span:
 * {@link #offset()} is then {@link #NO_OFFSET} and {@link #length()} 0.
 *
 * @since 0.1
 */
public final class DecodedField {

    /** Offset of a field that is not tied to particular payload bytes. */
    public static final int NO_OFFSET = -1;

    private final String name;
    private final Object value;
    private final String display;
    private final String unit;
    private final int offset;
    private final int length;
    private final List<DecodedField> children;

    private DecodedField(Builder builder) {
        name = builder.name;
        value = builder.value;
        display = builder.display != null ? builder.display : FieldValues.format(value);
        unit = builder.unit;
        offset = builder.offset;
        length = builder.length;
        children = List.copyOf(builder.children);
    }

    /**
     * @param name field name, not blank and without {@code '/'}
     * @return a builder for a field with that name
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the field name */
    public String name() { return name; }

    /** @return the value (see the class comment for the types), or {@code null} for a group */
    public Object value() {
        return value instanceof byte[] bytes ? bytes.clone() : value;
    }

    /** @return the text shown to the user, without the unit; never {@code null} */
    public String display() { return display; }

    /** @return the unit of the value, or an empty string */
    public String unit() { return unit; }

    /** @return the offset of the first payload byte, or {@link #NO_OFFSET} */
    public int offset() { return offset; }

    /** @return the number of payload bytes the field covers */
    public int length() { return length; }

    /** @return the child fields, in payload order; never {@code null} */
    public List<DecodedField> children() { return children; }

    /** @return whether this field is tied to payload bytes */
    public boolean hasSpan() { return offset != NO_OFFSET; }

    @Override
    public String toString() {
        return unit.isEmpty() ? name + " = " + display : name + " = " + display + " " + unit;
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private final String name;
        private Object value;
        private String display;
        private String unit = "";
        private int offset = NO_OFFSET;
        private int length;
        private final List<DecodedField> children = new ArrayList<>();

        private Builder(String name) {
            this.name = FieldValues.checkName(name);
        }

        /** @param number an integer value @return this builder */
        public Builder value(long number) { value = number; return this; }

        /** @param number a decimal value @return this builder */
        public Builder value(double number) { value = number; return this; }

        /** @param flag a boolean value @return this builder */
        public Builder value(boolean flag) { value = flag; return this; }

        /** @param text a text value, or {@code null} @return this builder */
        public Builder value(String text) { value = text; return this; }

        /** @param bytes a byte string value (copied) @return this builder */
        public Builder bytes(byte[] bytes) { value = bytes.clone(); return this; }

        /** @param text the text to show instead of the formatted value @return this builder */
        public Builder display(String text) {
            display = Objects.requireNonNull(text, "display");
            return this;
        }

        /** @param unitText unit of the value, e.g. {@code "dBm"} @return this builder */
        public Builder unit(String unitText) {
            unit = Objects.requireNonNull(unitText, "unit");
            return this;
        }

        /**
         * @param start offset of the first byte, or {@link #NO_OFFSET}
         * @param count number of bytes
         * @return this builder
         */
        public Builder span(int start, int count) {
            offset = start;
            length = count;
            return this;
        }

        /** @param child a child field @return this builder */
        public Builder child(DecodedField child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        /** @param fields child fields, in order @return this builder */
        public Builder children(List<DecodedField> fields) {
            fields.forEach(this::child);
            return this;
        }

        /** @return the field */
        public DecodedField build() {
            return new DecodedField(this);
        }
    }
}
