package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.PayloadReader;

/**
 * One field of a Remote API frame body. The same description drives decoding and encoding, so
 * the two cannot drift apart.
 *
 * @param name field name
 * @param size 1 or 2 for an integer, a byte count for a fixed byte string, {@link #REST} for the
 *        bytes up to the end of the body
 * @param bytes whether the field is a byte string
 * @param conversion how an integer is shown
 */
record BodyField(String name, int size, boolean bytes, Conversion conversion) {

    static final int REST = -1;

    static BodyField u8(String name) { return new BodyField(name, 1, false, Conversion.PLAIN); }

    static BodyField u16(String name, Conversion shown) { return new BodyField(name, 2, false, shown); }

    static BodyField bytes(String name, int size) { return new BodyField(name, size, true, Conversion.PLAIN); }

    static List<DecodedField> decode(List<BodyField> body, PayloadReader in) throws DecodeException {
        List<DecodedField> fields = new ArrayList<>();
        for (BodyField field : body) {
            if (!field.bytes()) {
                fields.add(Layout.read(in, new FieldSpec(field.name(), field.size(), field.conversion())));
            } else {
                fields.add(Fields.bytes(in, field.name(), field.size() == REST ? in.remaining() : field.size()));
            }
        }
        return fields;
    }
}
