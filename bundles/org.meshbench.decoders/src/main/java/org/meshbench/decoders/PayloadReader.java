package org.meshbench.decoders;

import java.util.Arrays;
import java.util.Objects;

/**
 * Reads little-endian integers and byte strings from a payload, checking bounds before every read
 * so that a truncated payload ends in a {@link DecodeException} that names the offset and what
 * was being read, never in an {@link ArrayIndexOutOfBoundsException}. Not thread-safe: use one
 * reader per decode call.
 *
 * @since 0.1
 */
public final class PayloadReader {

    private final byte[] payload;
    private final int limit;
    private int position;

    /** @param payload the bytes to read; not copied, so do not modify them while reading */
    public PayloadReader(byte[] payload) {
        this(payload, 0, payload.length);
    }

    /**
     * Reads only {@code payload[from..to)}, e.g. the value of a type-length-value record, while
     * positions and error offsets stay relative to the whole payload.
     *
     * @param payload the bytes to read; not copied
     * @param from offset of the first byte to read
     * @param to offset after the last byte to read
     * @throws IndexOutOfBoundsException if the range is not inside the payload
     */
    public PayloadReader(byte[] payload, int from, int to) {
        Objects.checkFromToIndex(from, to, payload.length);
        this.payload = payload;
        this.position = from;
        this.limit = to;
    }

    /** @return the offset of the next byte to read */
    public int position() { return position; }

    /** @return the number of bytes not read yet */
    public int remaining() { return limit - position; }

    /** @return the payload length */
    public int length() { return payload.length; }

    /**
     * Fails unless {@code count} more bytes are available.
     *
     * @param count bytes needed
     * @param what what is about to be read, for the error message
     * @throws DecodeException if the payload ends too early
     */
    public void require(int count, String what) throws DecodeException {
        if (count < 0 || count > remaining()) {
            throw new DecodeException(position, "truncated payload: " + what + " needs " + count
                    + " byte(s), " + remaining() + " left");
        }
    }

    /** @param what field name for errors @return the next unsigned byte @throws DecodeException if truncated */
    public int u8(String what) throws DecodeException {
        return (int) unsigned(1, what);
    }

    /** @param what field name for errors @return the next unsigned 16-bit value @throws DecodeException if truncated */
    public int u16(String what) throws DecodeException {
        return (int) unsigned(2, what);
    }

    /** @param what field name for errors @return the next unsigned 24-bit value @throws DecodeException if truncated */
    public int u24(String what) throws DecodeException {
        return (int) unsigned(3, what);
    }

    /** @param what field name for errors @return the next unsigned 32-bit value @throws DecodeException if truncated */
    public long u32(String what) throws DecodeException {
        return unsigned(4, what);
    }

    /** @param what field name for errors @return the next signed 32-bit value @throws DecodeException if truncated */
    public int i32(String what) throws DecodeException {
        return (int) unsigned(4, what);
    }

    /**
     * Reads an unsigned little-endian integer of 1 to 7 bytes.
     *
     * @param size number of bytes
     * @param what field name for errors
     * @return the value
     * @throws DecodeException if truncated
     */
    public long unsigned(int size, String what) throws DecodeException {
        if (size < 1 || size > 7) {
            throw new IllegalArgumentException("size must be 1..7: " + size);
        }
        require(size, what);
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (payload[position + i] & 0xFF);
        }
        position += size;
        return value;
    }

    /**
     * @param count number of bytes
     * @param what field name for errors
     * @return a copy of the next {@code count} bytes
     * @throws DecodeException if truncated
     */
    public byte[] bytes(int count, String what) throws DecodeException {
        require(count, what);
        byte[] copy = Arrays.copyOfRange(payload, position, position + count);
        position += count;
        return copy;
    }

    /** @return a copy of all bytes not read yet (possibly empty) */
    public byte[] rest() {
        byte[] copy = Arrays.copyOfRange(payload, position, limit);
        position = limit;
        return copy;
    }

    /**
     * @param offset absolute offset
     * @return the unsigned byte at {@code offset} without moving the position
     * @throws DecodeException if {@code offset} is outside the payload
     */
    public int peek(int offset) throws DecodeException {
        if (offset < 0 || offset >= payload.length) {
            throw new DecodeException(offset, "offset outside the " + payload.length + "-byte payload");
        }
        return payload[offset] & 0xFF;
    }
}
