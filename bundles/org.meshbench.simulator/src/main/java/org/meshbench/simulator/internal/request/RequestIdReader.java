package org.meshbench.simulator.internal.request;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the request id out of a payload that does not decode as a whole, by walking the protobuf
 * wire format along GenericMessage.wirepas (1) → the request's field → header (1) → req_id (1).
 * Never throws: a payload too damaged to walk yields no id.
 */
final class RequestIdReader {

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;
    private static final int WIREPAS_FIELD = 1;
    private static final int HEADER_FIELD = 1;
    private static final int REQ_ID_FIELD = 1;

    /** A cursor over protobuf bytes; a read past the end throws, which the caller turns into "no id". */
    private static final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean more() {
            return position < bytes.length;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("varint longer than 10 bytes");
        }

        byte[] take(long length) {
            if (length < 0 || length > bytes.length - position) {
                throw new IllegalArgumentException("length " + length + " runs past the end");
            }
            byte[] taken = Arrays.copyOfRange(bytes, position, position + (int) length);
            position += (int) length;
            return taken;
        }
    }

    private RequestIdReader() {
    }

    /**
     * @param payload      the MQTT payload
     * @param requestField number of the request's field in WirepasMessage
     * @return the request id, if the bytes up to it are intact
     */
    static OptionalLong read(byte[] payload, int requestField) {
        try {
            Optional<byte[]> header = message(payload, WIREPAS_FIELD)
                    .flatMap(wirepas -> message(wirepas, requestField))
                    .flatMap(request -> message(request, HEADER_FIELD));
            return header.isPresent() ? varint(header.get(), REQ_ID_FIELD) : OptionalLong.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException damaged) {
            return OptionalLong.empty();
        }
    }

    private static Optional<byte[]> message(byte[] bytes, int field) {
        Cursor in = new Cursor(bytes);
        while (in.more()) {
            long tag = in.varint();
            if ((tag & 0x07) == LENGTH_DELIMITED && (tag >>> 3) == field) {
                return Optional.of(in.take(in.varint()));
            }
            skip(in, (int) (tag & 0x07));
        }
        return Optional.empty();
    }

    private static OptionalLong varint(byte[] bytes, int field) {
        Cursor in = new Cursor(bytes);
        while (in.more()) {
            long tag = in.varint();
            if ((tag & 0x07) == VARINT && (tag >>> 3) == field) {
                return OptionalLong.of(in.varint());
            }
            skip(in, (int) (tag & 0x07));
        }
        return OptionalLong.empty();
    }

    private static void skip(Cursor in, int wireType) {
        switch (wireType) {
            case VARINT -> in.varint();
            case FIXED64 -> in.take(8);
            case LENGTH_DELIMITED -> in.take(in.varint());
            case FIXED32 -> in.take(4);
            default -> throw new IllegalArgumentException("wire type " + wireType + " is not used by the API");
        }
    }
}
