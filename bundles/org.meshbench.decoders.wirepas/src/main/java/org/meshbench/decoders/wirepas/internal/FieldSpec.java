package org.meshbench.decoders.wirepas.internal;

/**
 * One little-endian unsigned integer field of a fixed layout.
 *
 * @param name field name
 * @param size bytes, 1..5
 * @param conversion how the raw value is shown
 */
record FieldSpec(String name, int size, Conversion conversion) {

    static FieldSpec u8(String name) { return new FieldSpec(name, 1, Conversion.PLAIN); }

    static FieldSpec u16(String name) { return new FieldSpec(name, 2, Conversion.PLAIN); }

    static FieldSpec u24(String name) { return new FieldSpec(name, 3, Conversion.PLAIN); }

    static FieldSpec u32(String name) { return new FieldSpec(name, 4, Conversion.PLAIN); }

    /** @param shown how to show the value @return this field shown differently */
    FieldSpec as(Conversion shown) {
        return new FieldSpec(name, size, shown);
    }
}
