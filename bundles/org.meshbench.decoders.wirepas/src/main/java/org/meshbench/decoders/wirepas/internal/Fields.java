package org.meshbench.decoders.wirepas.internal;

import java.util.List;
import java.util.Optional;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.PayloadReader;

/** Small field-building helpers the decoders share. */
final class Fields {

    /** Name of the field that keeps bytes a format does not define (e.g. from newer firmware). */
    static final String UNPARSED = "unparsed";

    private Fields() {
    }

    static DecodedField bytes(PayloadReader in, String name, int count) throws DecodeException {
        int offset = in.position();
        return DecodedField.builder(name).bytes(in.bytes(count, name)).span(offset, count).build();
    }

    /** @return the bytes left over as one field, so that no payload byte goes unshown */
    static Optional<DecodedField> unparsed(PayloadReader in) {
        if (in.remaining() == 0) {
            return Optional.empty();
        }
        int offset = in.position();
        byte[] rest = in.rest();
        return Optional.of(DecodedField.builder(UNPARSED).bytes(rest).span(offset, rest.length).build());
    }

    static DecodedField group(String name, int offset, int length, List<DecodedField> children) {
        return DecodedField.builder(name).span(offset, length).children(children).build();
    }

    /** @return a group spanning from its first to its last child */
    static DecodedField group(String name, List<DecodedField> children) {
        DecodedField first = children.get(0);
        DecodedField last = children.get(children.size() - 1);
        return group(name, first.offset(), last.offset() + last.length() - first.offset(), children);
    }

    static String indexed(String name, int index) {
        return name + "[" + index + "]";
    }

    /** @return the integer value of the named field among {@code fields} */
    static long number(List<DecodedField> fields, String name) {
        return (Long) field(fields, name).value();
    }

    static DecodedField field(List<DecodedField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }

    static String version(long major, long minor, long maintenance, long development) {
        return major + "." + minor + "." + maintenance + "." + development;
    }
}
