package org.meshbench.decoders.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A payload as hex dump lines of 16 bytes, each with its offset, the bytes in hex (a wider gap after
 * the eighth) and as printable ASCII:
 * <pre>
 * 0000  01 02 41 42 00 00 00 00  00 00 00 00 00 00 00 00  ..AB............
 * </pre>
 * It knows where each byte's characters are, so that a field's bytes can be highlighted in both
 * halves. Immutable.
 */
public final class HexDump {

    /** Bytes per line. */
    public static final int BYTES_PER_LINE = 16;
    private static final int HALF_LINE = BYTES_PER_LINE / 2;
    private static final int FIRST_PRINTABLE = 0x20;
    private static final int LAST_PRINTABLE = 0x7E;

    private final String text;
    private final int[] hexStart; // per byte: index of its first hex digit in text
    private final int[] asciiStart; // per byte: index of its ASCII character in text

    private HexDump(String text, int[] hexStart, int[] asciiStart) {
        this.text = text;
        this.hexStart = hexStart;
        this.asciiStart = asciiStart;
    }

    /**
     * @param bytes the payload
     * @return its dump; empty text for no bytes
     */
    public static HexDump of(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int[] hexStart = new int[bytes.length];
        int[] asciiStart = new int[bytes.length];
        for (int line = 0; line < bytes.length; line += BYTES_PER_LINE) {
            if (line > 0) {
                text.append('\n');
            }
            text.append(String.format("%04x ", line));
            int end = Math.min(bytes.length, line + BYTES_PER_LINE);
            for (int i = line; i < line + BYTES_PER_LINE; i++) {
                text.append(i - line == HALF_LINE ? "  " : " ");
                if (i < end) {
                    hexStart[i] = text.length();
                    text.append(String.format("%02x", bytes[i] & 0xFF));
                } else {
                    text.append("  "); // keeps the ASCII half of a short last line aligned
                }
            }
            text.append("  ");
            for (int i = line; i < end; i++) {
                asciiStart[i] = text.length();
                int b = bytes[i] & 0xFF;
                text.append(b >= FIRST_PRINTABLE && b <= LAST_PRINTABLE ? (char) b : '.');
            }
        }
        return new HexDump(text.toString(), hexStart, asciiStart);
    }

    /** @return the dump text, lines separated by {@code '\n'} */
    public String text() {
        return text;
    }

    /**
     * @param offset the first byte of a field
     * @param length how many bytes it covers
     * @return the character ranges to highlight, per line one in the hex half and one in the ASCII
     *         half; none for an empty or out-of-range span
     */
    public List<Range> ranges(int offset, int length) {
        List<Range> ranges = new ArrayList<>();
        if (offset < 0 || length <= 0 || offset >= hexStart.length) {
            return ranges;
        }
        int end = Math.min(hexStart.length, offset + length); // exclusive
        for (int first = offset; first < end; first = (first / BYTES_PER_LINE + 1) * BYTES_PER_LINE) {
            int last = Math.min(end, (first / BYTES_PER_LINE + 1) * BYTES_PER_LINE) - 1;
            ranges.add(new Range(hexStart[first], hexStart[last] + 2 - hexStart[first]));
            ranges.add(new Range(asciiStart[first], asciiStart[last] + 1 - asciiStart[first]));
        }
        return ranges;
    }

    /**
     * Characters of the dump text.
     *
     * @param start index of the first character
     * @param length number of characters
     */
    public record Range(int start, int length) {
    }
}
