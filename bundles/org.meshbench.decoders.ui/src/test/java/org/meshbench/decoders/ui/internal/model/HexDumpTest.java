package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HexDumpTest {

    /** 0x00..0x13 with "AB" at offsets 2 and 3. */
    private static final byte[] TWENTY_BYTES = bytes(20);

    @Test
    void linesOfSixteenBytesWithOffsetHexAndAscii() {
        HexDump dump = HexDump.of(TWENTY_BYTES);

        assertEquals("0000  00 01 41 42 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  ..AB............\n"
                + "0010  10 11 12 13                                       ....", dump.text());
    }

    @Test
    void aFieldWithinOneLineIsHighlightedInBothHalves() {
        HexDump dump = HexDump.of(TWENTY_BYTES);

        List<HexDump.Range> ranges = dump.ranges(2, 2);

        assertEquals(2, ranges.size());
        assertEquals("41 42", substring(dump, ranges.get(0)));
        assertEquals("AB", substring(dump, ranges.get(1)));
    }

    @Test
    void aFieldAcrossTheMiddleGapAndALineBreakGetsARangePerLineAndHalf() {
        HexDump dump = HexDump.of(TWENTY_BYTES);

        List<HexDump.Range> ranges = dump.ranges(7, 11);

        assertEquals(4, ranges.size());
        assertEquals("07  08 09 0a 0b 0c 0d 0e 0f", substring(dump, ranges.get(0)));
        assertEquals(".........", substring(dump, ranges.get(1)));
        assertEquals("10 11", substring(dump, ranges.get(2)));
        assertEquals("..", substring(dump, ranges.get(3)));
    }

    @Test
    void spansOutsideThePayloadAreCutOrIgnored() {
        HexDump dump = HexDump.of(TWENTY_BYTES);

        assertEquals("12 13", substring(dump, dump.ranges(18, 100).get(0)));
        assertEquals(List.of(), dump.ranges(20, 1));
        assertEquals(List.of(), dump.ranges(-1, 1));
        assertEquals(List.of(), dump.ranges(3, 0));
        assertEquals("", HexDump.of(new byte[0]).text());
    }

    private static String substring(HexDump dump, HexDump.Range range) {
        return dump.text().substring(range.start(), range.start() + range.length());
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) i;
        }
        bytes[2] = 'A';
        bytes[3] = 'B';
        return bytes;
    }
}
