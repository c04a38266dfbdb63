package org.meshbench.decoders.wirepas.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecodeException;

/**
 * A strict CBOR (RFC 8949) reader for small payloads. Lengths are checked against the bytes that
 * are left before anything is allocated, and nesting is limited, so garbage input ends in a
 * {@link DecodeException} with the offset, never in a huge allocation or a stack overflow.
 * Multi-byte numbers in CBOR heads are big-endian.
 */
final class CborReader {

    static final int MAX_DEPTH = 16;
    private static final int BREAK = 0xFF;

    private final byte[] data;
    private int position;

    private CborReader(byte[] data, int start) {
        this.data = data;
        this.position = start;
    }

    /**
     * @param data the payload
     * @param start offset of the item
     * @return the item at {@code start}; its length tells where it ends
     * @throws DecodeException if the bytes are not well-formed CBOR
     */
    static CborItem read(byte[] data, int start) throws DecodeException {
        return new CborReader(data, start).item(0);
    }

    private CborItem item(int depth) throws DecodeException {
        if (depth > MAX_DEPTH) {
            throw new DecodeException(position, "CBOR nested deeper than " + MAX_DEPTH + " levels");
        }
        int start = position;
        int initial = nextByte("CBOR item head");
        int major = initial >>> 5;
        int info = initial & 0x1F;
        if (major == 7) {
            return simpleOrFloat(start, info);
        }
        if (info == 31) {
            return indefinite(start, major, depth);
        }
        long argument = argument(start, info);
        return switch (major) {
            case 0 -> new CborItem.Int(unsigned(argument), start, position - start);
            case 1 -> new CborItem.Int(unsigned(argument).add(BigInteger.ONE).negate(), start, position - start);
            case 2 -> new CborItem.Bytes(take(argument, start), start, position - start);
            case 3 -> new CborItem.Text(utf8(take(argument, start), start), start, position - start);
            case 4 -> array(start, argument, depth);
            case 5 -> map(start, argument, depth);
            default -> tagged(start, argument, depth);
        };
    }

    private CborItem array(int start, long count, int depth) throws DecodeException {
        checkCount(count, 1, start);
        List<CborItem> items = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            items.add(item(depth + 1));
        }
        return new CborItem.Array(items, start, position - start);
    }

    private CborItem map(int start, long count, int depth) throws DecodeException {
        checkCount(count, 2, start);
        List<CborItem.Entry> entries = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            entries.add(new CborItem.Entry(item(depth + 1), item(depth + 1)));
        }
        return new CborItem.KeyValues(entries, start, position - start);
    }

    private CborItem tagged(int start, long tag, int depth) throws DecodeException {
        CborItem content = item(depth + 1);
        return new CborItem.Tagged(tag, content, start, position - start);
    }

    private CborItem indefinite(int start, int major, int depth) throws DecodeException {
        List<CborItem> items = new ArrayList<>();
        while (peekByte("item or break") != BREAK) {
            CborItem next = item(depth + 1);
            boolean chunkOk = (major != 2 || next instanceof CborItem.Bytes)
                    && (major != 3 || next instanceof CborItem.Text);
            if (!chunkOk) {
                throw new DecodeException(next.offset(), "indefinite-length string chunk of the wrong type");
            }
            items.add(next);
        }
        position++;
        return switch (major) {
            case 2 -> new CborItem.Bytes(joinBytes(items), start, position - start);
            case 3 -> new CborItem.Text(joinText(items), start, position - start);
            case 4 -> new CborItem.Array(items, start, position - start);
            case 5 -> indefiniteMap(items, start);
            default -> throw new DecodeException(start, "major type " + major + " cannot have indefinite length");
        };
    }

    private CborItem indefiniteMap(List<CborItem> items, int start) throws DecodeException {
        if (items.size() % 2 != 0) {
            throw new DecodeException(position - 1, "CBOR map has a key without a value");
        }
        List<CborItem.Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 2) {
            entries.add(new CborItem.Entry(items.get(i), items.get(i + 1)));
        }
        return new CborItem.KeyValues(entries, start, position - start);
    }

    private CborItem simpleOrFloat(int start, int info) throws DecodeException {
        return switch (info) {
            case 24 -> new CborItem.Simple(nextByte("simple value"), start, position - start);
            case 25 -> new CborItem.FloatingPoint(Float.float16ToFloat((short) bigEndian(2, start)), start, position - start);
            case 26 -> new CborItem.FloatingPoint(Float.intBitsToFloat((int) bigEndian(4, start)), start, position - start);
            case 27 -> new CborItem.FloatingPoint(Double.longBitsToDouble(bigEndian(8, start)), start, position - start);
            case 28, 29, 30, 31 -> throw new DecodeException(start, "unexpected CBOR simple/break byte 0x"
                    + Integer.toHexString(0xE0 | info));
            default -> new CborItem.Simple(info, start, position - start);
        };
    }

    private long argument(int start, int info) throws DecodeException {
        return switch (info) {
            case 24 -> nextByte("CBOR argument");
            case 25 -> bigEndian(2, start);
            case 26 -> bigEndian(4, start);
            case 27 -> bigEndian(8, start);
            case 28, 29, 30 -> throw new DecodeException(start, "reserved CBOR additional information " + info);
            default -> info;
        };
    }

    private long bigEndian(int size, int itemStart) throws DecodeException {
        if (data.length - position < size) {
            throw new DecodeException(position, "truncated CBOR item starting at " + itemStart);
        }
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (data[position++] & 0xFF);
        }
        return value;
    }

    private byte[] take(long count, int itemStart) throws DecodeException {
        checkCount(count, 1, itemStart);
        byte[] out = new byte[(int) count];
        System.arraycopy(data, position, out, 0, out.length);
        position += out.length;
        return out;
    }

    /** Each element needs at least {@code minBytesEach} bytes, so a larger count is garbage. */
    private void checkCount(long count, int minBytesEach, int itemStart) throws DecodeException {
        long left = data.length - position;
        if (count < 0 || count > left / minBytesEach) {
            throw new DecodeException(itemStart, "CBOR length " + Long.toUnsignedString(count)
                    + " exceeds the " + left + " bytes left");
        }
    }

    private int nextByte(String what) throws DecodeException {
        int value = peekByte(what);
        position++;
        return value;
    }

    private int peekByte(String what) throws DecodeException {
        if (position >= data.length) {
            throw new DecodeException(position, "truncated CBOR: missing " + what);
        }
        return data[position] & 0xFF;
    }

    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }

    private static String utf8(byte[] bytes, int offset) throws DecodeException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DecodeException(offset, "CBOR text is not valid UTF-8");
        }
    }

    private static byte[] joinBytes(List<CborItem> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.forEach(c -> out.writeBytes(((CborItem.Bytes) c).value()));
        return out.toByteArray();
    }

    private static String joinText(List<CborItem> chunks) {
        StringBuilder out = new StringBuilder();
        chunks.forEach(c -> out.append(((CborItem.Text) c).value()));
        return out.toString();
    }
}
