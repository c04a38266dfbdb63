package org.meshbench.simulator.internal.traffic;

import java.util.Arrays;

/** Builds a little-endian byte layout of known size, as Wirepas packets use. Not thread-safe. */
final class LittleEndianWriter {

    private final byte[] bytes;
    private int position;

    /** @param size the layout's size in bytes */
    LittleEndianWriter(int size) {
        this.bytes = new byte[size];
    }

    LittleEndianWriter u8(long value) {
        return unsigned(value, 1);
    }

    LittleEndianWriter u16(long value) {
        return unsigned(value, 2);
    }

    LittleEndianWriter u24(long value) {
        return unsigned(value, 3);
    }

    LittleEndianWriter u32(long value) {
        return unsigned(value, 4);
    }

    /** @param count number of zero bytes, for fields the simulation does not model */
    LittleEndianWriter zeros(int count) {
        position += count;
        return this;
    }

    LittleEndianWriter bytes(byte[] value) {
        System.arraycopy(value, 0, bytes, position, value.length);
        position += value.length;
        return this;
    }

    /**
     * @return the layout
     * @throws IllegalStateException if fewer bytes were written than the declared size
     */
    byte[] toByteArray() {
        if (position != bytes.length) {
            throw new IllegalStateException("layout of " + bytes.length + " bytes has " + position + " written");
        }
        return Arrays.copyOf(bytes, bytes.length);
    }

    private LittleEndianWriter unsigned(long value, int size) {
        for (int i = 0; i < size; i++) {
            bytes[position++] = (byte) (value >>> (8 * i));
        }
        return this;
    }
}
