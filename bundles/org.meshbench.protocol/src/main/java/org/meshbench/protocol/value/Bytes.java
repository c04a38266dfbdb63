package org.meshbench.protocol.value;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string (payloads, keys, scratchpads). Unlike {@code byte[]} it has value
 * equality, so the records that hold it compare by content. Thread-safe.
 */
public final class Bytes {

    private static final Bytes EMPTY = new Bytes(new byte[0]);
    private static final HexFormat HEX = HexFormat.of();
    private static final int MAX_BYTES_IN_TO_STRING = 32;

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /**
     * @param data the bytes to copy (not null)
     * @return a byte string holding a copy of {@code data}
     */
    public static Bytes of(byte... data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone());
    }

    /** @return the empty byte string */
    public static Bytes empty() {
        return EMPTY;
    }

    /**
     * @param hex hexadecimal digits, two per byte, either case; whitespace is ignored
     * @return the bytes the digits spell
     * @throws IllegalArgumentException if {@code hex} has an odd number of digits or a non-hex character
     */
    public static Bytes fromHex(String hex) {
        String digits = hex.replaceAll("\\s+", "");
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("hex text has an odd number of digits (" + digits.length() + ")");
        }
        try {
            return of(HEX.parseHex(digits));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hex text is not valid: " + e.getMessage(), e);
        }
    }

    /** @return a fresh copy of the bytes */
    public byte[] toByteArray() {
        return data.clone();
    }

    /** @return the number of bytes */
    public int size() {
        return data.length;
    }

    /** @return whether there are no bytes */
    public boolean isEmpty() {
        return data.length == 0;
    }

    /** @return the bytes as lower-case hex digits */
    public String toHex() {
        return HEX.formatHex(data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes bytes && Arrays.equals(data, bytes.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** @return the size and the hex of the first bytes (long scratchpads are cut short) */
    @Override
    public String toString() {
        if (data.length <= MAX_BYTES_IN_TO_STRING) {
            return "Bytes[" + data.length + "]" + toHex();
        }
        return "Bytes[" + data.length + "]" + HEX.formatHex(data, 0, MAX_BYTES_IN_TO_STRING) + "…";
    }
}
