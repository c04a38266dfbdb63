package org.meshbench.decoders.wirepas.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodeException;

class CborReaderTest {

    private static final byte[] MAX_UNSIGNED = {0x1B, -1, -1, -1, -1, -1, -1, -1, -1}; // 2^64 - 1
    private static final byte[] MIN_NEGATIVE = {0x3B, -1, -1, -1, -1, -1, -1, -1, -1}; // -2^64
    private static final byte[] HALF_FLOAT = {(byte) 0xF9, 0x3E, 0x00};                // 1.5
    private static final byte[] CHUNKED_BYTES = {0x5F, 0x41, 0x01, 0x42, 0x02, 0x03, (byte) 0xFF};
    private static final byte[] TAGGED_TEXT = {(byte) 0xC0, 0x61, 0x61};               // tag 0, "a"

    /** Malformed: additional information 28 is reserved. */
    private static final byte[] RESERVED_INFO = {0x1C};
    /** Malformed: a byte string claims 2^32 - 1 bytes. */
    private static final byte[] HUGE_LENGTH = {0x5A, -1, -1, -1, -1};
    /** Malformed: a text string that is not UTF-8. */
    private static final byte[] BAD_UTF8 = {0x61, (byte) 0xFF};
    /** Malformed: a text chunk inside an indefinite byte string. */
    private static final byte[] WRONG_CHUNK = {0x5F, 0x61, 0x61, (byte) 0xFF};
    /** Malformed: a break byte where an item is expected. */
    private static final byte[] STRAY_BREAK = {(byte) 0xFF};
    /** Malformed: an indefinite map with a key but no value. */
    private static final byte[] KEY_WITHOUT_VALUE = {(byte) 0xBF, 0x01, (byte) 0xFF};

    @Test
    void readsTheWholeIntegerRange() throws DecodeException {
        assertEquals(BigInteger.TWO.pow(64).subtract(BigInteger.ONE), ((CborItem.Int) CborReader.read(MAX_UNSIGNED, 0)).value());
        assertEquals(BigInteger.TWO.pow(64).negate(), ((CborItem.Int) CborReader.read(MIN_NEGATIVE, 0)).value());
    }

    @Test
    void readsFloatsChunksAndTags() throws DecodeException {
        assertEquals(1.5, ((CborItem.FloatingPoint) CborReader.read(HALF_FLOAT, 0)).value());
        CborItem.Bytes bytes = (CborItem.Bytes) CborReader.read(CHUNKED_BYTES, 0);
        assertArrayEquals(new byte[] {1, 2, 3}, bytes.value());
        assertEquals(CHUNKED_BYTES.length, bytes.length());
        CborItem.Tagged tagged = (CborItem.Tagged) CborReader.read(TAGGED_TEXT, 0);
        assertEquals("a", ((CborItem.Text) tagged.item()).value());
    }

    @Test
    void malformedInputFailsWithTheOffset() {
        assertEquals(0, fail(RESERVED_INFO).offset());
        assertTrue(fail(HUGE_LENGTH).getMessage().contains("exceeds"));
        assertTrue(fail(BAD_UTF8).getMessage().contains("UTF-8"));
        assertEquals(1, fail(WRONG_CHUNK).offset());
        assertTrue(fail(STRAY_BREAK).getMessage().contains("break"));
        assertEquals(2, fail(KEY_WITHOUT_VALUE).offset());
    }

    @Test
    void deepNestingIsRefusedInsteadOfOverflowingTheStack() {
        byte[] nested = new byte[CborReader.MAX_DEPTH + 2];
        Arrays.fill(nested, (byte) 0x81); // arrays of one element, nested
        nested[nested.length - 1] = 0x00;

        assertTrue(fail(nested).getMessage().contains("nested deeper"));
    }

    private static DecodeException fail(byte[] data) {
        return assertThrows(DecodeException.class, () -> CborReader.read(data, 0));
    }
}
