package org.meshbench.protocol.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bytes is an immutable byte string with value equality. */
class BytesTest {

    @Test
    void hexRoundTripIgnoresWhitespaceAndCase() {
        Bytes bytes = Bytes.fromHex("0A ff\n10");
        assertEquals(3, bytes.size());
        assertEquals("0aff10", bytes.toHex());
        assertEquals(bytes, Bytes.of((byte) 0x0a, (byte) 0xff, (byte) 0x10));
        assertEquals(bytes.hashCode(), Bytes.fromHex("0aff10").hashCode());
    }

    @Test
    void badHexIsRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Bytes.fromHex("abc")).getMessage()
                .contains("odd number of digits"));
        assertThrows(IllegalArgumentException.class, () -> Bytes.fromHex("zz"));
    }

    @Test
    void neitherTheSourceNorTheCopyOutCanChangeIt() {
        byte[] source = {1, 2};
        Bytes bytes = Bytes.of(source);
        source[0] = 9;
        bytes.toByteArray()[1] = 9;
        assertEquals(Bytes.of((byte) 1, (byte) 2), bytes);
        assertNotEquals(Bytes.of(source), bytes);
    }

    @Test
    void toStringCutsLongContent() {
        assertEquals("Bytes[2]0102", Bytes.of((byte) 1, (byte) 2).toString());
        String text = Bytes.of(new byte[1000]).toString();
        assertTrue(text.startsWith("Bytes[1000]00") && text.endsWith("…") && text.length() < 80, text);
        assertTrue(Bytes.empty().isEmpty());
    }
}
