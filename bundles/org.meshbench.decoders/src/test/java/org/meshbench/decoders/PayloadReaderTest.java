package org.meshbench.decoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PayloadReaderTest {

    private static final byte[] PAYLOAD = {
        0x2A,                         // u8 42
        0x34, 0x12,                   // u16 0x1234
        0x56, 0x34, 0x12,             // u24 0x123456
        (byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, // i32 -2, u32 0xFFFFFFFE
    };

    /** Three bytes: a u32 cannot be read from it. */
    private static final byte[] TOO_SHORT_FOR_U32 = {1, 2, 3};

    @Test
    void readsLittleEndianValuesInOrder() throws DecodeException {
        PayloadReader in = new PayloadReader(PAYLOAD);

        assertEquals(42, in.u8("a"));
        assertEquals(0x1234, in.u16("b"));
        assertEquals(0x123456, in.u24("c"));
        assertEquals(-2, new PayloadReader(PAYLOAD, 6, 10).i32("d"));
        assertEquals(0xFFFFFFFEL, in.u32("e"));
        assertEquals(0, in.remaining());
    }

    @Test
    void truncatedReadNamesTheFieldAndOffset() {
        PayloadReader in = new PayloadReader(TOO_SHORT_FOR_U32);

        DecodeException error = assertThrows(DecodeException.class, () -> in.u32("counter"));

        assertEquals(0, error.offset());
        assertEquals("truncated payload: counter needs 4 byte(s), 3 left (at offset 0)", error.getMessage());
    }

    @Test
    void windowStopsAtItsEndButKeepsPayloadOffsets() throws DecodeException {
        PayloadReader window = new PayloadReader(PAYLOAD, 1, 3);

        assertEquals(1, window.position());
        assertEquals(0x1234, window.u16("value"));
        DecodeException error = assertThrows(DecodeException.class, () -> window.u8("next"));
        assertEquals(3, error.offset());
    }

    @Test
    void bytesAndRestAreCopies() throws DecodeException {
        PayloadReader in = new PayloadReader(PAYLOAD);

        assertArrayEquals(new byte[] {0x2A, 0x34}, in.bytes(2, "head"));
        assertEquals(PAYLOAD.length - 2, in.rest().length);
        assertEquals(0, in.rest().length);
    }

    @Test
    void peekOutsideThePayloadIsADecodeError() {
        PayloadReader in = new PayloadReader(TOO_SHORT_FOR_U32);

        assertEquals(3, assertThrows(DecodeException.class, () -> in.peek(3)).offset());
    }
}
