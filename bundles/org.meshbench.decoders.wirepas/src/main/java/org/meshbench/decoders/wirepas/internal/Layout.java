package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.PayloadReader;

/**
 * A fixed sequence of integer fields, read in order: the table-driven style of Wireshark's field
 * registrations, so that each struct-like format is a list of names rather than code.
 */
final class Layout {

    private final List<FieldSpec> fields;

    private Layout(List<FieldSpec> fields) {
        this.fields = List.copyOf(fields);
    }

    static Layout of(FieldSpec... fields) {
        return new Layout(Arrays.asList(fields));
    }

    /** @return the total size in bytes */
    int size() {
        return fields.stream().mapToInt(FieldSpec::size).sum();
    }

    /**
     * Reads every field; a truncated payload fails on the first missing field, by name.
     *
     * @param in the reader, positioned at the first field
     * @return one decoded field per spec
     * @throws DecodeException if the payload ends early
     */
    List<DecodedField> read(PayloadReader in) throws DecodeException {
        List<DecodedField> decoded = new ArrayList<>(fields.size());
        for (FieldSpec spec : fields) {
            decoded.add(read(in, spec));
        }
        return decoded;
    }

    static DecodedField read(PayloadReader in, FieldSpec spec) throws DecodeException {
        int offset = in.position();
        long raw = in.unsigned(spec.size(), spec.name());
        DecodedField.Builder field = DecodedField.builder(spec.name()).span(offset, spec.size());
        spec.conversion().apply(raw, field);
        return field.build();
    }
}
