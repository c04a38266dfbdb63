package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.PayloadReader;

/**
 * Splits a run of one-byte type, one-byte length records, the layout several Wirepas
 * applications use. A length that runs past the payload is an error at that record.
 */
final class Tlv {

    private Tlv() {
    }

    /**
     * @param payload the whole payload
     * @param in reader positioned at the first record; read to its end
     * @return the records in payload order
     * @throws DecodeException if a record header or value is truncated
     */
    static List<Record> records(byte[] payload, PayloadReader in) throws DecodeException {
        List<Record> records = new ArrayList<>();
        while (in.remaining() > 0) {
            int offset = in.position();
            int type = in.u8("record type");
            int length = in.u8("record length");
            in.require(length, "value of record type " + type);
            records.add(new Record(payload, type, offset, in.position(), length));
            in.bytes(length, "record value");
        }
        return records;
    }

    /**
     * @param payload the whole payload
     * @param type record type
     * @param offset offset of the record header
     * @param valueOffset offset of the value
     * @param length value length
     */
    record Record(byte[] payload, int type, int offset, int valueOffset, int length) {

        /** @return header plus value */
        int size() {
            return valueOffset - offset + length;
        }

        /** @return a reader over the value alone, with offsets in the whole payload */
        PayloadReader reader() {
            return new PayloadReader(payload, valueOffset, valueOffset + length);
        }

        /** @return the whole record as a byte field, for types a decoder does not know */
        DecodedField asBytes(String name) {
            byte[] value = Arrays.copyOfRange(payload, valueOffset, valueOffset + length);
            return DecodedField.builder(name).bytes(value).span(offset, size()).build();
        }
    }
}
